namespace GovText.Core.Errors;

/// <summary>The process exit codes every command uses.</summary>
public static class ExitCode
{
    /// <summary>Everything was processed.</summary>
    public const int Ok = 0;

    /// <summary>Some inputs failed (they are listed in the error CSV); the rest were processed.</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Bad usage or configuration: nothing useful was done.</summary>
    public const int BadUsage = 2;
}
