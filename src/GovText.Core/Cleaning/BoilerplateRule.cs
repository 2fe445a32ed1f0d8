using System.Text.RegularExpressions;

namespace GovText.Core.Cleaning;

/// <summary>One boilerplate rule from a rules file.</summary>
/// <param name="Id">The rule's id, unique in the rule set; it names the rule in counts and in the cleaning log.</param>
/// <param name="Kind">Whole line, inline phrase or document tail.</param>
/// <param name="IsRegex">True when <see cref="Pattern"/> is a .NET regular expression, false for a literal.</param>
/// <param name="Pattern">The text or regular expression as written in the file.</param>
/// <param name="Source">Where the rule was defined, as <c>file:line</c>.</param>
public sealed record BoilerplateRule(string Id, BoilerplateRuleKind Kind, bool IsRegex, string Pattern, string Source)
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(2);

    private Regex? _regex;

    /// <summary>Text every match contains (null when not certain): lines without it skip the regular expression.</summary>
    internal RequiredLiteral? Literal { get; } = RequiredLiteral.Of(IsRegex, Pattern);

    /// <summary>The compiled matcher: literals are escaped; line and tail rules must match the whole trimmed line.</summary>
    internal Regex Regex => _regex ??= Build();

    /// <summary>Compiles the rule and keeps the matcher, so that threads using the rule share one.</summary>
    /// <param name="shipped">True for the rules embedded in GovText: see <see cref="Build"/>.</param>
    /// <exception cref="ArgumentException">The regular expression is invalid.</exception>
    internal void Compile(bool shipped) => _regex = Build(shipped);

    /// <summary>Compiles the rule, throwing <see cref="ArgumentException"/> for an invalid regular expression.</summary>
    /// <param name="shipped">True for the rules embedded in GovText, which run on the backtracking interpreter.</param>
    internal Regex Build(bool shipped = false)
    {
        var body = IsRegex ? Pattern : Regex.Escape(Pattern);
        if (Kind != BoilerplateRuleKind.Inline) body = "^(?:" + body + ")$";
        // The shipped rules are ours and reviewed: none nests quantifiers or repeats overlapping alternatives, so the
        // backtracking interpreter runs them in linear time without a timeout, and it is built in microseconds where
        // the linear-time engine takes 5-120 ms per rule (about half the CPU of analysing the five-paper sample corpus).
        // DefaultRulesTests checks that both engines give the same result on every line of the test corpora.
        if (shipped) return new Regex(body, RegexOptions.CultureInvariant);
        // A wall-clock timeout depends on how busy the machine is (one fired on an ordinary report at load average 70),
        // which would make what gets ingested depend on the machine. So a user's rules run on the linear-time engine,
        // which cannot backtrack catastrophically and needs no timeout; only a rule that uses what that engine lacks
        // (lookarounds, backreferences, atomic groups) runs on the backtracking engine, under the timeout.
        try
        {
            return new Regex(body, RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
        catch (NotSupportedException)
        {
            return new Regex(body, RegexOptions.CultureInvariant | RegexOptions.Compiled, Timeout);
        }
    }

    /// <summary>How long one match of a rule that needs the backtracking engine may take.</summary>
    public static TimeSpan MatchTimeout => Timeout;

    /// <summary>True when a whole (trimmed) line matches this line or tail rule.</summary>
    /// <exception cref="Ingestion.IngestException">The rule's regular expression timed out (the message names the rule).</exception>
    /// <param name="line">The trimmed line.</param>
    /// <param name="mayHoldLiteral">False when the line holds none of the rules' ASCII literals (<see cref="BoilerplateRules.MayHoldLiteral"/>): a rule with such a literal then cannot match.</param>
    internal bool MatchesLine(string line, bool mayHoldLiteral = true)
    {
        if (Literal is { } literal && (!mayHoldLiteral && literal.IsAscii || !literal.MayMatch(line))) return false;
        try
        {
            return Regex.IsMatch(line);
        }
        catch (RegexMatchTimeoutException)
        {
            throw TimedOut(line);
        }
    }

    /// <summary>The error for a match that took longer than <see cref="MatchTimeout"/>: it names the rule and where it is defined.</summary>
    internal Ingestion.IngestException TimedOut(string line) => new(
        $"cleaning rule '{Id}' ({Source}) took longer than {Timeout.TotalSeconds:0} s on a line of {line.Length} characters: " +
        "its regular expression backtracks too much (lookarounds and backreferences need the backtracking engine); simplify it or remove the rule");
}
