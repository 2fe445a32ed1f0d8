using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace GovText.Core.Output;

/// <summary>The run that holds the lock on a results folder: what a second run names when it is refused.</summary>
/// <param name="Pid">The process id.</param>
/// <param name="Host">The machine's name.</param>
/// <param name="Started">When the run began (UTC).</param>
/// <param name="Command">The command line, for people.</param>
public sealed record RunOwner(int Pid, string Host, DateTimeOffset Started, string Command)
{
    /// <summary>This process, starting now.</summary>
    public static RunOwner Current(string command) =>
        new(Environment.ProcessId, Environment.MachineName, DateTimeOffset.UtcNow, command);

    /// <summary>"pid 1234 on host h, started 2026-01-01T10:00:00Z (govtext analyze …)".</summary>
    public override string ToString() =>
        $"pid {Pid} on host {Host}, started {Started.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)}" +
        (Command.Length == 0 ? "" : $" ({Command})");

    /// <summary>
    /// False when the owner is certainly gone: on this host, its pid is not running or now belongs to a process
    /// that started after it (a reused pid). A run on another host is assumed alive.
    /// </summary>
    public bool MayBeAlive()
    {
        if (!string.Equals(Host, Environment.MachineName, StringComparison.Ordinal)) return true;
        try
        {
            using var process = Process.GetProcessById(Pid);
            if (process.HasExited) return false;
            // Start times are read at a coarser grain than ours: allow a little slack before calling it a reuse.
            return process.StartTime.ToUniversalTime() <= Started.UtcDateTime.AddSeconds(2);
        }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
        catch (System.ComponentModel.Win32Exception) { return true; }
    }

    internal string ToJson() => JsonSerializer.Serialize(new Dto(Pid, Host, Started.UtcDateTime.ToString("o", CultureInfo.InvariantCulture), Command), RunOwnerJson.Default.Dto);

    internal static RunOwner? TryParse(string json)
    {
        try
        {
            var dto = JsonSerializer.Deserialize(json, RunOwnerJson.Default.Dto);
            if (dto is null || dto.Host is null || dto.Started is null) return null;
            var started = DateTimeOffset.Parse(dto.Started, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            return new RunOwner(dto.Pid, dto.Host, started, dto.Command ?? "");
        }
        catch (JsonException) { return null; }
        catch (FormatException) { return null; }
    }

    internal sealed record Dto(int Pid, string? Host, string? Started, string? Command);
}

/// <summary>Source-generated (de)serialisation of the lock file: reflection-based JSON cost ~0.1 s of start-up.</summary>
[JsonSerializable(typeof(RunOwner.Dto))]
internal sealed partial class RunOwnerJson : JsonSerializerContext;
