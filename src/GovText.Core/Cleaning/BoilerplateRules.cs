using System.Buffers;
using System.Reflection;
using System.Text.RegularExpressions;
using GovText.Core.Errors;

namespace GovText.Core.Cleaning;

/// <summary>
/// A set of boilerplate rules, read from the line format documented in docs/cleaning.md:
/// <c>KIND ID MODE PATTERN</c> with KIND <c>line</c>, <c>inline</c> or <c>tail</c> and MODE <c>literal</c> or
/// <c>regex</c>; the pattern is the rest of the line. Blank lines and lines starting with <c>#</c> are comments.
/// </summary>
public sealed class BoilerplateRules
{
    /// <summary>The name the embedded default rules are reported under.</summary>
    public const string DefaultsName = "default-rules.txt";

    private static readonly Lazy<BoilerplateRules> LazyDefaults = new(LoadDefaults);

    private BoilerplateRules(IReadOnlyList<BoilerplateRule> rules)
    {
        Rules = rules;
        Lines = rules.Where(r => r.Kind == BoilerplateRuleKind.Line).ToArray();
        Inline = rules.Where(r => r.Kind == BoilerplateRuleKind.Inline).ToArray();
        Tails = rules.Where(r => r.Kind == BoilerplateRuleKind.Tail).ToArray();
        // The rules' ASCII literals in two vectorised searches (ordinal, and ignoring case for (?i) patterns), so that a
        // line holding none of them, most lines of a corpus, skips all those rules after two scans instead of one per
        // rule. (Other literals, Chinese ones, are looked for rule by rule: .NET's many-string search has no vectorised
        // path for them.)
        _asciiOrdinal = AsciiLiterals(rules, StringComparison.Ordinal);
        _asciiIgnoreCase = AsciiLiterals(rules, StringComparison.OrdinalIgnoreCase);
    }

    private readonly SearchValues<string>? _asciiOrdinal;
    private readonly SearchValues<string>? _asciiIgnoreCase;

    private static SearchValues<string>? AsciiLiterals(IEnumerable<BoilerplateRule> rules, StringComparison comparison)
    {
        var texts = rules.Select(r => r.Literal).Where(l => l is not null && l.IsAscii && l.Comparison == comparison)
            .SelectMany(l => l!.Texts).Distinct(StringComparer.Ordinal).ToArray();
        return texts.Length == 0 ? null : SearchValues.Create(texts, comparison);
    }

    /// <summary>
    /// False when <paramref name="line"/> holds none of the rules' ASCII literals (<see cref="RequiredLiteral.IsAscii"/>):
    /// then no rule with such a literal can match it. True says only that some might.
    /// </summary>
    internal bool MayHoldLiteral(string line) =>
        _asciiIgnoreCase is { } ignoreCase && line.AsSpan().ContainsAny(ignoreCase)
        || _asciiOrdinal is { } ordinal && line.AsSpan().ContainsAny(ordinal);

    /// <summary>The first of <paramref name="rules"/> (line or tail rules) that matches the whole trimmed <paramref name="line"/>, or null.</summary>
    /// <param name="rules">Rules from this set.</param>
    /// <param name="line">The trimmed line.</param>
    /// <param name="mayHoldLiteral"><see cref="MayHoldLiteral"/> of the line.</param>
    internal static BoilerplateRule? FirstMatch(BoilerplateRule[] rules, string line, bool mayHoldLiteral)
    {
        foreach (var rule in rules)
        {
            if (rule.MatchesLine(line, mayHoldLiteral)) return rule;
        }
        return null;
    }

    /// <summary>The rules in file order.</summary>
    public IReadOnlyList<BoilerplateRule> Rules { get; }

    internal BoilerplateRule[] Lines { get; }

    internal BoilerplateRule[] Inline { get; }

    internal BoilerplateRule[] Tails { get; }

    /// <summary>The rules shipped with GovText (embedded in GovText.Core).</summary>
    public static BoilerplateRules Defaults => LazyDefaults.Value;

    /// <summary>The default rules as text, for documentation and for users who want to start from them.</summary>
    public static string DefaultsText()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GovText.Core.Cleaning.default-rules.txt")
            ?? throw new InvalidOperationException("embedded default-rules.txt is missing from GovText.Core");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parses rules from <paramref name="text"/>; <paramref name="fileName"/> names the file in errors.</summary>
    /// <exception cref="ConfigurationException">A line is malformed, an id repeats, or a regex is invalid (with file and line).</exception>
    public static BoilerplateRules Parse(string text, string fileName) => new(ParseRules(text, fileName, new HashSet<string>(StringComparer.Ordinal), shipped: false));

    /// <summary>Reads a rules file.</summary>
    /// <exception cref="ConfigurationException">The file is missing or invalid.</exception>
    public static BoilerplateRules Load(string path)
    {
        if (!File.Exists(path)) throw new ConfigurationException("rules file not found", path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>These rules followed by <paramref name="more"/>; an id defined in both is an error.</summary>
    /// <exception cref="ConfigurationException">An id of <paramref name="more"/> is already used here.</exception>
    public BoilerplateRules With(BoilerplateRules more)
    {
        var ids = Rules.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var rule in more.Rules)
        {
            if (!ids.Add(rule.Id))
                throw new ConfigurationException($"rule id '{rule.Id}' is already used by a default rule; choose another id", rule.Source);
        }
        return new BoilerplateRules([.. Rules, .. more.Rules]);
    }

    private static BoilerplateRules LoadDefaults() =>
        new(ParseRules(DefaultsText(), DefaultsName, new HashSet<string>(StringComparer.Ordinal), shipped: true));

    private static List<BoilerplateRule> ParseRules(string text, string fileName, HashSet<string> ids, bool shipped)
    {
        var rules = new List<BoilerplateRule>();
        var lines = text.Replace("\r\n", "\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var number = i + 1;
            var line = lines[i].TrimStart('\uFEFF').Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;

            var parts = line.Split((char[]?)null, 4, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length < 4)
                throw new ConfigurationException("expected 'KIND ID MODE PATTERN' (e.g. 'line nav literal Home | About')", fileName, number);
            var kind = parts[0] switch
            {
                "line" => BoilerplateRuleKind.Line,
                "inline" => BoilerplateRuleKind.Inline,
                "tail" => BoilerplateRuleKind.Tail,
                _ => throw new ConfigurationException($"unknown rule kind '{parts[0]}': use line, inline or tail", fileName, number),
            };
            var isRegex = parts[2] switch
            {
                "regex" => true,
                "literal" => false,
                _ => throw new ConfigurationException($"unknown pattern mode '{parts[2]}': use literal or regex", fileName, number),
            };
            if (!ids.Add(parts[1])) throw new ConfigurationException($"duplicate rule id '{parts[1]}'", fileName, number);

            var rule = new BoilerplateRule(parts[1], kind, isRegex, parts[3], $"{fileName}:{number}");
            try
            {
                // Compiled once here and kept: building a linear-time matcher is the costly part of a small run, and
                // workers that each built it again on first use paid it once more per core.
                rule.Compile(shipped);
            }
            catch (ArgumentException ex)
            {
                throw new ConfigurationException($"invalid regular expression in rule '{rule.Id}': {ex.Message}", fileName, number);
            }
            rules.Add(rule);
        }
        return rules;
    }

    /// <summary>Removes the matches of the inline rules from <paramref name="line"/>, recording each removal in <paramref name="report"/>.</summary>
    /// <param name="line">The line.</param>
    /// <param name="report">Where each removal is recorded (boilerplate step, the rule's id, the removed text).</param>
    /// <param name="lineNumber">The source line number the removals are recorded at.</param>
    /// <param name="mayHoldLiteral"><see cref="MayHoldLiteral"/> of the line.</param>
    /// <param name="last">The last rule that removed something, or null when none did.</param>
    internal string ApplyInline(string line, CleaningReport report, int lineNumber, bool mayHoldLiteral, out BoilerplateRule? last)
    {
        last = null;
        foreach (var rule in Inline)
        {
            if (line.Length == 0) break;
            if (rule.Literal is { } literal && (!mayHoldLiteral && literal.IsAscii || !literal.MayMatch(line))) continue;
            try
            {
                var matches = rule.Regex.Matches(line);
                if (matches.Count == 0) continue;
                foreach (Match m in matches) report.Record(CleaningStep.Boilerplate, rule.Id, lineNumber, m.Value);
                last = rule;
                line = rule.Regex.Replace(line, "");
                // A removal can join text into a literal a later rule looks for.
                mayHoldLiteral = MayHoldLiteral(line);
            }
            catch (RegexMatchTimeoutException)
            {
                throw rule.TimedOut(line);
            }
        }
        return line;
    }
}
