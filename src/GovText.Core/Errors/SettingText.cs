using System.Text.RegularExpressions;

namespace GovText.Core.Errors;

/// <summary>
/// Names a setting inside a message, a note or a hint without spelling it the way a front end does: Core writes
/// <c>{setting:time-budget}</c> or <c>{setting:unit paragraph}</c> (<see cref="Name"/>), and whoever shows the text
/// renders each reference in its own terms (<see cref="Render"/>): the CLI as the option of the command that ran
/// (<c>--topic-unit paragraph</c> under analyze, <c>--unit paragraph</c> under topics), a library caller or a file
/// Core writes as the config-file key (<see cref="Plain"/>: <c>time-budget</c>, <c>unit: paragraph</c>).
/// </summary>
/// <remarks>
/// The setting is the same name <see cref="ConfigurationException.ForSetting"/> takes: the config-file key and run.json
/// option name. A reference is text, not a separate object, so notes and warnings stay plain strings through the stages.
/// </remarks>
public static partial class SettingText
{
    /// <summary>A reference to <paramref name="setting"/>, optionally with the value to give it (e.g. "paragraph" or "FILE").</summary>
    /// <param name="setting">The setting's name: lower-case letters, digits and dashes (e.g. "time-budget").</param>
    /// <param name="value">The value to suggest, or null to name the setting alone; no braces.</param>
    public static string Name(string setting, string? value = null)
    {
        if (!SettingName().IsMatch(setting)) throw new ArgumentException($"not a setting name: '{setting}'", nameof(setting));
        if (value is not null && (value.Length == 0 || value.AsSpan().IndexOfAny('{', '}') >= 0))
            throw new ArgumentException($"not a value a reference can hold: '{value}'", nameof(value));
        return value is null ? $"{{setting:{setting}}}" : $"{{setting:{setting} {value}}}";
    }

    /// <summary><paramref name="text"/> with every setting reference replaced by <paramref name="name"/>(setting, value).</summary>
    public static string Render(string text, Func<string, string?, string> name) =>
        !text.Contains("{setting:", StringComparison.Ordinal) ? text
        : Reference().Replace(text, m => name(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null));

    /// <summary>
    /// <paramref name="text"/> with each reference written as the config-file key: <c>time-budget</c>, or
    /// <c>unit: paragraph</c> with a value. This is the text of <see cref="Exception.Message"/> and of files Core writes.
    /// </summary>
    public static string Plain(string text) => Render(text, (setting, value) => value is null ? setting : $"{setting}: {value}");

    [GeneratedRegex(@"\{setting:([a-z][a-z0-9-]*)(?: ([^{}]+))?\}", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();

    [GeneratedRegex(@"^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex SettingName();
}
