namespace GovText.Charts;

/// <summary>Which concept labels the charts draw.</summary>
public enum LabelMode
{
    /// <summary>English labels.</summary>
    En,

    /// <summary>Chinese labels.</summary>
    Zh,

    /// <summary>English with Chinese in parentheses.</summary>
    Both,
}
