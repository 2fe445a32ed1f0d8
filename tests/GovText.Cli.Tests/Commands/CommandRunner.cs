namespace GovText.Cli.Tests.Commands;

/// <summary>Runs govtext in-process and captures what it prints.</summary>
internal static class CommandRunner
{
    public static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = CliApp.RunAsync(args, CliConsole.ForTests(output, error)).GetAwaiter().GetResult();
        return (exit, output.ToString(), error.ToString());
    }
}
