namespace GovText.Core.Errors;

/// <summary>
/// Bad usage or configuration (a manifest, lexicon or rules file that cannot be used as given).
/// The command line maps it to exit code 2. The message names the file and, where there is one, the line.
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

    /// <summary>The file at fault, if any.</summary>
    public string? File { get; }

    /// <summary>The 1-based line in <see cref="File"/>, if known.</summary>
    public int? Line { get; }

    private static string Format(string message, string? file, int? line) =>
        file is null ? message : line is null ? $"{file}: {message}" : $"{file}:{line}: {message}";
}
