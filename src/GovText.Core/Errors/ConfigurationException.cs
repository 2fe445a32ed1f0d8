namespace GovText.Core.Errors;

/// <summary>
/// Bad usage or configuration (a manifest, lexicon or rules file that cannot be used as given, a setting out of range).
/// The command line maps it to exit code 2. The message names the file and, where there is one, the line; it speaks of
/// the operation, never of how a front end spells the setting: a bad setting is named in <see cref="Setting"/>, and the
/// front end says where its value came from (the CLI: the option, or the config file's line). A message that suggests
/// another setting (a remedy) names it with <see cref="SettingText.Name"/>; <see cref="Exception.Message"/> shows it as the
/// config-file key and <see cref="Describe"/> lets the front end spell it.
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="file"/> at <paramref name="line"/> (1-based, or null).</summary>
    public ConfigurationException(string message, string? file = null, int? line = null, Exception? inner = null)
        : base(Format(SettingText.Plain(message), file, line), inner)
    {
        _template = message;
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception for a bad value of <paramref name="setting"/>.</summary>
    /// <param name="setting">The setting's name in Core's terms: the config-file key and run.json option name (e.g. "min-count").</param>
    /// <param name="message">What is wrong, in terms of the operation (e.g. "keyness minimum count must be at least 1 (got 0)").</param>
    public static ConfigurationException ForSetting(string setting, string message) => new(message) { Setting = setting };

    /// <summary>The setting whose value is at fault (e.g. "min-count"), or null when the problem is not one setting's.</summary>
    public string? Setting { get; private init; }

    /// <summary>
    /// The message as <see cref="Exception.Message"/> gives it (with the file and line), but with each setting reference
    /// (<see cref="SettingText"/>) written by <paramref name="name"/>(setting, value): how the front end spells it.
    /// </summary>
    public string Describe(Func<string, string?, string> name) => Format(SettingText.Render(_template, name), File, Line);

    private readonly string _template;

    /// <summary>The file at fault, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, if known.</summary>
    public int? Line { get; }

    private static string Format(string message, string? file, int? line) =>
        file is null ? message : line is null ? $"{file}: {message}" : $"{file}:{line}: {message}";
}
