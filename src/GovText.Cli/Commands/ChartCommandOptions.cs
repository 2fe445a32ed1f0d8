using System.CommandLine;
using GovText.Charts;

namespace GovText.Cli.Commands;

/// <summary>
/// The options every chart shares (resolution, size, font), defined once for the comparison charts (compare, analyze,
/// plot) and the model charts (topics, clusters), so a figure set for a paper can be drawn alike.
/// </summary>
internal sealed class ChartCommandOptions
{
    public Option<int> Dpi { get; } = new("--dpi")
    {
        Description = "PNG resolution (300 for print); layout is the same at every dpi",
        DefaultValueFactory = _ => 96,
    };

    public Option<int> Width { get; } = new("--width")
    {
        Description = "chart width in points (1/96 inch)",
        DefaultValueFactory = _ => 1200,
    };

    public Option<int> Height { get; } = new("--height")
    {
        Description = "chart height in points (1/96 inch)",
        DefaultValueFactory = _ => 700,
    };

    public Option<string?> Font { get; } = new("--font")
    {
        Description = "font file (TTF/OTF/TTC; a collection's face by FILE.ttc#N or FILE.ttc#Family Name) for every chart text; " +
                      "default: the Noto Sans CJK SC subset embedded in GovText, the same on every machine",
    };

    /// <summary>The options, in help order.</summary>
    public IEnumerable<Option> All => [Dpi, Width, Height, Font];

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (var option in All) command.Options.Add(option);
    }

    /// <summary>The chart options given, checked (a bad size, dpi or font is exit 2 before any work).</summary>
    public ChartOptions Build(ParseResult parse)
    {
        var options = new ChartOptions
        {
            Dpi = parse.GetValue(Dpi),
            Width = parse.GetValue(Width),
            Height = parse.GetValue(Height),
            FontFile = parse.GetValue(Font),
        };
        options.Validate();
        return options;
    }
}
