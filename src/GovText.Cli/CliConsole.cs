using Spectre.Console;

namespace GovText.Cli;

/// <summary>
/// Where a command writes: results and summaries to <see cref="Out"/>, diagnostics to <see cref="Error"/>.
/// Tests construct one over string writers so a whole command runs in-process.
/// </summary>
internal sealed class CliConsole
{
    /// <param name="output">Standard output.</param>
    /// <param name="error">Standard error.</param>
    /// <param name="interactive">A person watches standard output (tables may use colour).</param>
    /// <param name="progress">A person watches standard error: progress is drawn there (unless --quiet).</param>
    public CliConsole(TextWriter output, TextWriter error, bool interactive, bool progress = false)
    {
        Output = output;
        Error = error;
        Interactive = interactive;
        // Spectre.Console's consoles are built on first use, not here: creating one detects the terminal and runs every
        // CI-environment enricher (about 120 methods to compile, a tenth of 'govtext segment's start-up), and most
        // commands write only plain text (segment, or anything with --quiet) and never draw a table or progress.
        if (progress) _progress = new Lazy<IAnsiConsole>(() => CreateProgress(error));
        _out = new Lazy<IAnsiConsole>(() => CreateOut(output, interactive));
    }

    private static IAnsiConsole CreateProgress(TextWriter error)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(error),
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
        });
        console.Profile.Width = TerminalWidth();
        return console;
    }

    private static IAnsiConsole CreateOut(TextWriter output, bool interactive)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(output),
            Ansi = interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!interactive) console.Profile.Width = 120;
        return console;
    }

    private readonly Lazy<IAnsiConsole> _out;

    /// <summary>Rich output (tables, progress) for people.</summary>
    public IAnsiConsole Out => _out.Value;

    /// <summary>The raw standard output, for streamed machine-readable output.</summary>
    public TextWriter Output { get; }

    /// <summary>Standard error: warnings and errors.</summary>
    public TextWriter Error { get; }

    /// <summary>True when a person is watching standard output (colours make sense).</summary>
    public bool Interactive { get; }

    private readonly Lazy<IAnsiConsole>? _progress;

    /// <summary>Progress for a command: drawn on standard error when it is a terminal, never with --quiet.</summary>
    public ProgressView Progress(bool quiet) => new(quiet ? null : _progress?.Value);

    public static CliConsole FromProcess()
    {
        var ci = Environment.GetEnvironmentVariable("CI") is not null;
        var interactive = !Console.IsOutputRedirected && !ci;
        var progress = !Console.IsErrorRedirected && !ci && Environment.GetEnvironmentVariable("TERM") is not "dumb";
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliConsole(stdout, stderr, interactive, progress);
    }

    private static int TerminalWidth()
    {
        try
        {
            return !Console.IsErrorRedirected && Console.WindowWidth > 0 ? Console.WindowWidth : 100;
        }
        catch (IOException)
        {
            return 100;
        }
    }

    public static CliConsole ForTests(StringWriter output, StringWriter error) => new(output, error, interactive: false);

    /// <summary>How the running command spells the settings Core's messages name; set once the command line is parsed.</summary>
    public SettingNames Settings { get; set; } = SettingNames.Plain;

    /// <summary><paramref name="message"/> from Core with its setting references spelt as the running command's options.</summary>
    public string Text(string message) => Settings.Render(message);

    public void Warn(string message) => Error.WriteLine("warning: " + Escape(Text(message)));

    public void Fail(string message) => Error.WriteLine("error: " + Escape(Text(message)));

    /// <summary>Writes a note from Core (charts not drawn, documents left out) to <paramref name="writer"/>.</summary>
    public void Note(TextWriter writer, string note) => writer.WriteLine("note: " + Text(note));

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
