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
        _lineScreen = Screen.Of(Lines);
        _inlineScreen = Screen.Of(Inline);
        _tailScreen = Screen.Of(Tails);
    }

    private readonly Screen _lineScreen;
    private readonly Screen _inlineScreen;
    private readonly Screen _tailScreen;

    /// <summary>The rules in file order.</summary>
    public IReadOnlyList<BoilerplateRule> Rules { get; }

    internal IReadOnlyList<BoilerplateRule> Lines { get; }

    internal IReadOnlyList<BoilerplateRule> Inline { get; }

    internal IReadOnlyList<BoilerplateRule> Tails { get; }

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

    /// <summary>The first line rule (in file order) that <paramref name="line"/> matches, or null.</summary>
    internal BoilerplateRule? FirstLineRule(string line) => _lineScreen.First(Lines, line);

    /// <summary>The first tail rule (in file order) that <paramref name="line"/> matches, or null.</summary>
    internal BoilerplateRule? FirstTailRule(string line) => _tailScreen.First(Tails, line);

    /// <summary>Removes the matches of the inline rules from <paramref name="line"/>, reporting each removal.</summary>
    internal string ApplyInline(string line, Action<BoilerplateRule, string> removed)
    {
        // When no screened rule matches the line, none of them can match it after a removal either (nothing is removed).
        var screened = _inlineScreen.Rejects(line);
        foreach (var rule in Inline)
        {
            if (screened && _inlineScreen.Covers(rule)) continue;
            if (line.Length == 0) break;
            try
            {
                var matches = rule.Regex.Matches(line);
                if (matches.Count == 0) continue;
                foreach (Match m in matches) removed(rule, m.Value);
                line = rule.Regex.Replace(line, "");
            }
            catch (RegexMatchTimeoutException)
            {
                throw rule.TimedOut(line);
            }
        }
        return line;
    }

    /// <summary>
    /// One linear-time regex, the alternation of every rule of a kind that runs on the linear-time engine, asked first:
    /// most lines match no rule, and one scan of the line replaces one scan per rule (the cleaning profile's largest
    /// item). Only when it matches are the rules tried one by one, in file order, so which rule a line is reported
    /// under does not change. Rules that need the backtracking engine are always tried one by one.
    /// </summary>
    private sealed class Screen
    {
        private readonly Regex? _any;
        private readonly HashSet<BoilerplateRule> _covered;

        private Screen(Regex? any, HashSet<BoilerplateRule> covered)
        {
            _any = any;
            _covered = covered;
        }

        public static Screen Of(IReadOnlyList<BoilerplateRule> rules)
        {
            var linear = rules.Where(r => (r.Regex.Options & RegexOptions.NonBacktracking) != 0).ToList();
            if (linear.Count < 2) return new Screen(null, new HashSet<BoilerplateRule>(ReferenceEqualityComparer.Instance));
            try
            {
                // Each alternative is the rule's own compiled pattern (anchored for line and tail rules) in a group of its
                // own, so its inline options ((?i)) stay inside it.
                var any = new Regex(string.Join("|", linear.Select(r => "(?:" + r.Regex + ")")), RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
                return new Screen(any, new HashSet<BoilerplateRule>(linear, ReferenceEqualityComparer.Instance));
            }
            catch (Exception e) when (e is ArgumentException or NotSupportedException)
            {
                // Rules that are valid one by one but not together (e.g. a group name reused with another meaning):
                // no screen, every rule is tried.
                return new Screen(null, new HashSet<BoilerplateRule>(ReferenceEqualityComparer.Instance));
            }
        }

        /// <summary>True when no covered rule matches <paramref name="line"/>.</summary>
        public bool Rejects(string line) => _any is not null && !_any.IsMatch(line);

        /// <summary>True when <paramref name="rule"/> is part of the screen.</summary>
        public bool Covers(BoilerplateRule rule) => _covered.Contains(rule);

        /// <summary>The first of <paramref name="rules"/> that matches the whole line.</summary>
        public BoilerplateRule? First(IReadOnlyList<BoilerplateRule> rules, string line)
        {
            var rejected = Rejects(line);
            foreach (var rule in rules)
            {
                if (rejected && Covers(rule)) continue;
                if (rule.MatchesLine(line)) return rule;
            }
            return null;
        }
    }
}
