using System.Globalization;
using GovText.Core.Errors;

namespace GovText.Topics;

/// <summary>Parses the K values of <c>--topics</c> and <c>--clusters</c>: <c>12</c>, a range <c>5..30</c> (with a step) or a list <c>5,10,20</c>.</summary>
public static class TopicCounts
{
    /// <summary>The distinct values, ascending.</summary>
    /// <param name="text">The option's value.</param>
    /// <param name="step">The step of a range.</param>
    /// <param name="setting">The setting the values are for (<c>topics</c> or <c>clusters</c>), for <see cref="ConfigurationException.Setting"/>.</param>
    /// <param name="minimum">The smallest allowed value.</param>
    /// <exception cref="ConfigurationException">Not a number, range or list; or a value below <paramref name="minimum"/>.</exception>
    public static IReadOnlyList<int> Parse(string text, int step, string setting, int minimum = 2)
    {
        if (step < 1) throw ConfigurationException.ForSetting("step", $"the step of a range of K must be at least 1 (got {step})");
        var values = new List<int>();
        var range = text.Split("..", StringSplitOptions.TrimEntries);
        if (range.Length == 2)
        {
            var from = Number(range[0], text, setting);
            var to = Number(range[1], text, setting);
            if (to < from) throw ConfigurationException.ForSetting(setting, $"range {text} ends before it starts");
            for (var k = from; k <= to; k += step) values.Add(k);
        }
        else
        {
            foreach (var part in text.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                values.Add(Number(part, text, setting));
        }
        if (values.Count == 0) throw ConfigurationException.ForSetting(setting, "give a number, a range such as 5..30, or a list such as 5,10,20");
        if (values.Min() < minimum) throw ConfigurationException.ForSetting(setting, $"{text}: every value must be at least {minimum}");
        return values.Distinct().Order().ToList();
    }

    private static int Number(string part, string text, string setting) =>
        int.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var k)
            ? k
            : throw ConfigurationException.ForSetting(setting, $"'{text}': give a number, a range such as 5..30, or a list such as 5,10,20");
}
