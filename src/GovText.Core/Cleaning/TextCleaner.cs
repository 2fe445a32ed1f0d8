using System.Text;
using GovText.Core.Ingestion;

namespace GovText.Core.Cleaning;

/// <summary>
/// Runs the cleaning steps over one document's raw blocks, in the order of <see cref="CleaningStep.All"/>:
/// line-level steps (unicode, boilerplate) first, then join-lines makes paragraphs, then the paragraph-level
/// repairs (spacing, hyphenation, glued words). Whitespace is always collapsed and trimmed per line.
/// </summary>
public sealed class TextCleaner
{
    /// <summary>How much of the start of the text is kept for year inference (up to the first line a tail rule removes).</summary>
    public const int HeadChars = 5000;

    private readonly CleaningOptions _options;

    /// <summary>Creates a cleaner with the given steps and rules.</summary>
    public TextCleaner(CleaningOptions options) => _options = options;

    /// <summary>Cleans <paramref name="raw"/>; <paramref name="cancellationToken"/> ends the work when the document's time budget is spent.</summary>
    /// <exception cref="IngestException">The document crosses <see cref="IngestLimits.MaxCharsPerDocument"/>, or a rule's regular expression times out.</exception>
    public CleanedText Clean(RawDocument raw, CancellationToken cancellationToken = default)
    {
        long chars = 0;
        var report = new CleaningReport(_options.Explain);
        var head = new StringBuilder();
        var headEnded = false;
        var boilerplate = _options.Runs(CleaningStep.Boilerplate);
        var unicode = _options.Runs(CleaningStep.Unicode);
        var rules = _options.Rules;

        var blocks = new List<List<(string Text, int Line)>>();
        var sourceLines = 0;
        foreach (var rawBlock in raw.Blocks)
        {
            var block = new List<(string, int)>(rawBlock.Count);
            cancellationToken.ThrowIfCancellationRequested();
            for (var i = 0; i < rawBlock.Count; i++)
            {
                var line = rawBlock[i];
                chars += line.Text.Length;
                if (chars > IngestLimits.MaxCharsPerDocument) throw IngestLimits.TooManyChars();
                if (!string.IsNullOrWhiteSpace(line.Text)) sourceLines++;
                var text = unicode ? UnicodeCleaner.Clean(line.Text, line.Number, report) : line.Text;
                text = UnicodeCleaner.NormalizeSpaces(text);
                if (head.Length < HeadChars && !headEnded)
                {
                    // A footer that a tail rule removes (a licence, a "published before 1931" notice) names dates
                    // that are not the document's: the head ends there. Page chrome removed by line rules stays
                    // in the head, because it is often where the posting date is (PSSXiv's "[V1] 2024-10-22" line).
                    if (boilerplate && BoilerplateRules.FirstMatch(rules.Tails, text, rules.MayHoldLiteral(text)) is not null) headEnded = true;
                    else head.Append(text).Append('\n');
                }
                if (text.Length > 0) block.Add((text, line.Number));
                else if (block.Count > 0)
                {
                    blocks.Add(block);
                    block = [];
                }
            }
            if (block.Count > 0) blocks.Add(block);
        }

        if (_options.Runs(CleaningStep.Boilerplate)) blocks = RemoveBoilerplate(blocks, report, cancellationToken);

        var paragraphs = new List<(string Text, int Line)>();
        foreach (var block in blocks)
        {
            if (_options.Runs(CleaningStep.JoinLines)) paragraphs.AddRange(LineJoiner.Join(block, report));
            else paragraphs.AddRange(block);
        }
        // The repairs below replace paragraph strings; dropping the line lists lets the originals be collected.
        blocks.Clear();

        if (_options.Runs(CleaningStep.JoinLines))
        {
            for (var i = paragraphs.Count - 2; i >= 0; i--)
            {
                if (!LineJoiner.ContinuesInBrackets(paragraphs[i].Text, paragraphs[i + 1].Text)) continue;
                var (text, line) = paragraphs[i];
                var next = paragraphs[i + 1];
                paragraphs[i] = (text + (LineJoiner.NeedsSpace(text[^1], next.Text[0]) && !char.IsDigit(next.Text[0]) ? " " : "") + next.Text, line);
                paragraphs.RemoveAt(i + 1);
                report.Record(CleaningStep.JoinLines, "open-bracket", next.Line, "joined across a blank line: the paragraph before left a bracket open");
            }
        }

        var repaired = RepairParagraphs(paragraphs, report);
        return new CleanedText(repaired, head.Length > HeadChars ? head.ToString(0, HeadChars) : head.ToString(), report) { SourceLines = sourceLines };
    }

    private List<(string Text, int Line)> RepairParagraphs(List<(string Text, int Line)> paragraphs, CleaningReport report)
    {
        var spacing = _options.Runs(CleaningStep.Spacing);
        var glued = _options.Runs(CleaningStep.GluedWords);
        HyphenationRepair? hyphenation = null;
        if (_options.Runs(CleaningStep.Hyphenation))
        {
            var words = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (text, _) in paragraphs) HyphenationRepair.CollectWords(text, words);
            hyphenation = new HyphenationRepair(words);
        }

        for (var i = 0; i < paragraphs.Count; i++)
        {
            var (text, line) = paragraphs[i];
            if (spacing) text = PunctuationSpacing.Repair(text, line, report);
            if (hyphenation is not null) text = hyphenation.Repair(text, line, report);
            if (glued) text = GluedWordSplitter.Split(text, line, report);
            paragraphs[i] = (text, line);
        }
        paragraphs.RemoveAll(p => p.Text.Length == 0);
        return paragraphs;
    }

    private List<List<(string Text, int Line)>> RemoveBoilerplate(List<List<(string Text, int Line)>> blocks, CleaningReport report, CancellationToken cancellationToken)
    {
        var rules = _options.Rules;
        var result = new List<List<(string, int)>>(blocks.Count);
        var inTail = false;
        BoilerplateRule? tailRule = null;
        foreach (var block in blocks)
        {
            var kept = new List<(string, int)>(block.Count);
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (text, line) in block)
            {
                var mayHoldLiteral = rules.MayHoldLiteral(text);
                if (!inTail)
                {
                    tailRule = BoilerplateRules.FirstMatch(rules.Tails, text, mayHoldLiteral);
                    inTail = tailRule is not null;
                }
                if (inTail)
                {
                    report.RecordRemovedLine(tailRule!.Id, line, text);
                    continue;
                }

                var lineRule = BoilerplateRules.FirstMatch(rules.Lines, text, mayHoldLiteral);
                if (lineRule is not null)
                {
                    report.RecordRemovedLine(lineRule.Id, line, text);
                    SplitAt(result, ref kept);
                    continue;
                }

                var cleaned = rules.ApplyInline(text, report, line, mayHoldLiteral, out var lastInline);
                if (lastInline is null)
                {
                    kept.Add((text, line));
                    continue;
                }
                cleaned = UnicodeCleaner.NormalizeSpaces(cleaned);
                if (cleaned.Length == 0)
                {
                    report.RecordRemovedLine(lastInline.Id, line, text);
                    SplitAt(result, ref kept);
                }
                else kept.Add((cleaned, line));
            }
            if (kept.Count > 0) result.Add(kept);
        }
        return result;
    }

    // A removed line ends the block: the lines around it are not one wrapped paragraph.
    private static void SplitAt(List<List<(string, int)>> result, ref List<(string, int)> kept)
    {
        if (kept.Count == 0) return;
        result.Add(kept);
        kept = [];
    }
}
