namespace GovText.Cli.Tests;

/// <summary>Runs a govtext command line in-process and captures its exit code, standard output and standard error.</summary>
internal static class CliRun
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CliApp.RunAsync(args, CliConsole.ForTests(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
