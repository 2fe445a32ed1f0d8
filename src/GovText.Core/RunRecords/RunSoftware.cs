using System.Reflection;
using System.Runtime.InteropServices;

namespace GovText.Core.RunRecords;

/// <summary>The software a run used: GovText's version and commit, the .NET runtime, the OS.</summary>
/// <param name="Version">GovText's version.</param>
/// <param name="Commit">The git commit GovText was built from, or null when the build did not know it.</param>
/// <param name="Runtime">The .NET runtime, e.g. ".NET 10.0.0".</param>
/// <param name="OperatingSystem">The OS description.</param>
/// <param name="Architecture">The process architecture, e.g. "x64".</param>
public sealed record RunSoftware(string Version, string? Commit, string Runtime, string OperatingSystem, string Architecture)
{
    /// <summary>This process's software.</summary>
    public static RunSoftware Current { get; } = Detect();

    private static RunSoftware Detect()
    {
        // The SDK appends "+<commit>" to the informational version when it builds inside a git checkout.
        var informational = typeof(RunSoftware).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";
        var plus = informational.IndexOf('+');
        var version = plus < 0 ? informational : informational[..plus];
        var commit = plus < 0 ? null : informational[(plus + 1)..];
        return new RunSoftware(version.Length == 0 ? "unknown" : version, commit, RuntimeInformation.FrameworkDescription,
            RuntimeInformation.OSDescription, RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant());
    }
}
