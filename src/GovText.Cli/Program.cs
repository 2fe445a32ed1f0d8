using GovText.Cli;

return await CliApp.RunAsync(args, CliConsole.FromProcess());
