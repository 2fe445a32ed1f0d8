namespace GovText.Core.Concordance;

/// <summary>How much context a concordance line shows on each side of the hit.</summary>
/// <param name="ChineseChars">Characters (code points, after whitespace is flattened) on each side of a Chinese hit.</param>
/// <param name="EnglishWords">Word tokens on each side of an English hit.</param>
public sealed record KwicOptions(int ChineseChars = 15, int EnglishWords = 8)
{
    /// <summary>The defaults: 15 characters for Chinese, 8 words for English.</summary>
    public static KwicOptions Default { get; } = new();

    /// <summary>One window for both languages (<c>--window N</c>).</summary>
    public static KwicOptions Window(int n) => new(n, n);
}
