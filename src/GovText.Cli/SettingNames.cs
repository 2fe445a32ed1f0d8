using System.CommandLine;
using GovText.Core.Errors;

namespace GovText.Cli;

/// <summary>
/// How the command that runs spells the settings Core names (<see cref="SettingText"/>, <see cref="ConfigurationException.Setting"/>):
/// as its option, <c>--NAME</c>, except where the command calls the setting differently (analyze fits its topic model
/// with <c>--topic-unit</c>, the setting Core and the topics command call <c>unit</c>). Core never knows these spellings.
/// </summary>
internal sealed class SettingNames
{
    // (command, setting Core names) -> the command's option (without "--"), which is also its config-file key.
    private static readonly Dictionary<(string Command, string Setting), string> Renamed = new()
    {
        [("analyze", "unit")] = "topic-unit",
    };

    private readonly string? _command;

    private SettingNames(string? command) => _command = command;

    /// <summary>Settings spelt as options of no particular command (<c>--NAME</c>), before a command is known.</summary>
    public static SettingNames Plain { get; } = new(null);

    /// <summary>The settings of <paramref name="command"/>.</summary>
    public static SettingNames Of(Command command) => new(command.Name);

    /// <summary>The option (and config-file key) that sets <paramref name="setting"/> in this command, without dashes.</summary>
    public string Option(string setting) =>
        _command is not null && Renamed.TryGetValue((_command, setting), out var option) ? option : setting;

    /// <summary><c>--OPTION</c>, or <c>--OPTION VALUE</c>: how a user of this command gives <paramref name="setting"/> that value.</summary>
    public string Flag(string setting, string? value) => value is null ? "--" + Option(setting) : $"--{Option(setting)} {value}";

    /// <summary><paramref name="text"/> (a message, note or warning from Core) with each setting reference spelt as this command's option.</summary>
    public string Render(string text) => SettingText.Render(text, Flag);
}
