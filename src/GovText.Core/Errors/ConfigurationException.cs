namespace GovText.Core.Errors;

/// <summary>
/// Bad usage or configuration (a manifest, lexicon or rules file that cannot be used as given, a setting out of range).
/// The command line maps it to exit code 2. The message names the file and, where there is one, the line; it speaks of
/// the operation, never of how a front end spells the setting: a bad setting is named in <see cref="Setting"/>, and the
/// front end says where its value came from (the CLI: the option, or the config file's line).
/// </summary>
public sealed class ConfigurationException : Exception
{
    /// <summary>Creates the exception for a problem in <paramref name="file"/> at <paramref name="line"/> (1-based, or null).</summary>
    public ConfigurationException(string message, string? file = null, int? line = null, Exception? inner = null)
        : base(Format(message, file, line), inner)
    {
        File = file;
        Line = line;
    }

    /// <summary>Creates the exception for a bad value of <paramref name="setting"/>.</summary>
    /// <param name="setting">The setting's name in Core's terms: the config-file key and run.json option name (e.g. "min-count").</param>
    /// <param name="message">What is wrong, in terms of the operation (e.g. "keyness minimum count must be at least 1 (got 0)").</param>
    public static ConfigurationException ForSetting(string setting, string message) => new(message) { Setting = setting };

    /// <summary>The setting whose value is at fault (e.g. "min-count"), or null when the problem is not one setting's.</summary>
    public string? Setting { get; private init; }

    /// <summary>The file at fault, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, if known.</summary>
    public int? Line { get; }

    private static string Format(string message, string? file, int? line) =>
        file is null ? message : line is null ? $"{file}: {message}" : $"{file}:{line}: {message}";
}
