using Spectre.Console;

namespace GovText.Cli;

/// <summary>
/// Where a command writes: results and summaries to <see cref="Out"/>, diagnostics to <see cref="Error"/>.
/// Tests construct one over string writers so a whole command runs in-process.
/// </summary>
internal sealed class CliConsole
{
    public CliConsole(TextWriter output, TextWriter error, bool interactive)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        Out = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) Out.Profile.Width = 120;
    }

    /// <summary>Rich output (tables, progress) for people.</summary>
    public IAnsiConsole Out { get; }

    /// <summary>The raw standard output, for streamed machine-readable output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: warnings and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>True when a person is watching a terminal (progress bars make sense).</summary>
    public bool Interactive { get; }

    public static CliConsole FromProcess()
    {
        var interactive = !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("CI") is null;
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(stdout, stderr, interactive);
    }

    public static CliConsole ForTests(StringWriter output, StringWriter error) => new(output, error, interactive: false);

    public void Warn(string message) => Error.WriteLine("warning: " + Escape(message));

    public void Fail(string message) => Error.WriteLine("error: " + Escape(message));

    /// <summary>
    /// Makes text from files (names, cells) safe for a terminal: control characters (an ESC in a file name would start
    /// an escape sequence that clears the screen or retitles the window) are shown as <c>\u001b</c> and the like.
    /// Line breaks and tabs stay.
    /// </summary>
    public static string Escape(string text)
    {
        if (!text.Any(IsUnsafe)) return text;
        var sb = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (IsUnsafe(c)) sb.Append("\\u").Append(((int)c).ToString("x4", System.Globalization.CultureInfo.InvariantCulture));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static bool IsUnsafe(char c) => c is not ('\n' or '\t') && (char.IsControl(c) || c is '\u2028' or '\u2029' or (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069'));
}
