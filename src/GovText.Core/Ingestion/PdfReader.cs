using System.Text;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;

namespace GovText.Core.Ingestion;

/// <summary>
/// Reads .pdf files with PdfPig: the text layer, pages in order. Words are grouped into lines by baseline,
/// lines into blocks where the vertical gap exceeds 1.4 times the page's median line spacing; a page break
/// continues the block when the last line does not end a sentence. The join-lines and hyphenation steps then
/// treat those blocks like hard-wrapped text.
/// </summary>
public sealed class PdfReader : IFormatReader
{
    private const string SentenceEnds = ".!?。！？；…:：\"”";

    /// <inheritdoc />
    public string Format => "pdf";

    /// <inheritdoc />
    public RawDocument Read(string path, CancellationToken cancellationToken = default)
    {
        var blocks = new List<IReadOnlyList<RawLine>>();
        string? title;
        var letters = 0;
        var budget = new PdfInflateBudget(cancellationToken);
        try
        {
            using var pdf = PdfDocument.Open(path, new ParsingOptions { FilterProvider = budget });
            title = pdf.Information.Title;
            var number = 0;
            List<RawLine>? block = null;
            foreach (var page in pdf.GetPages())
            {
                cancellationToken.ThrowIfCancellationRequested();
                letters += page.Letters.Count;
                var lines = Lines(page);
                var spacing = MedianSpacing(lines);
                for (var i = 0; i < lines.Count; i++)
                {
                    number++;
                    var gap = i == 0 ? 0 : lines[i - 1].Baseline - lines[i].Baseline;
                    var newBlock = block is null
                        || i == 0 && SentenceEnds.Contains(block[^1].Text[^1])
                        || i > 0 && spacing > 0 && gap > 1.4 * spacing;
                    if (newBlock)
                    {
                        if (block is { Count: > 0 }) blocks.Add(block);
                        block = [];
                    }
                    block!.Add(new RawLine(number, lines[i].Text));
                }
            }
            if (block is { Count: > 0 }) blocks.Add(block);
        }
        catch (Exception ex) when (budget.Exceeded is not null && ex is not OperationCanceledException)
        {
            // PdfPig may wrap the budget's exception in its own: the limit is the reason.
            throw budget.Exceeded;
        }
        catch (Exception ex) when (ex is not IngestException and not OperationCanceledException)
        {
            throw new IngestException($"cannot read PDF (truncated or damaged?): {ex.Message}", ex);
        }
        // PdfPig may also swallow it and go on without the stream.
        if (budget.Exceeded is not null) throw budget.Exceeded;
        if (letters == 0 || blocks.Count == 0) throw new IngestException("no text layer: scanned image? run OCR first");
        return new RawDocument(blocks, string.IsNullOrWhiteSpace(title) ? null : title.Trim(), null, Format, FileHash.Sha256(path));
    }

    private sealed record Line(double Baseline, string Text);

    private static List<Line> Lines(Page page)
    {
        var words = page.GetWords().Where(w => !string.IsNullOrWhiteSpace(w.Text))
            .OrderByDescending(w => Math.Round(w.BoundingBox.Bottom, 1)).ThenBy(w => w.BoundingBox.Left).ToList();
        var lines = new List<Line>();
        var current = new List<Word>();
        double baseline = 0;
        foreach (var word in words)
        {
            var tolerance = Math.Max(1.0, 0.5 * word.BoundingBox.Height);
            if (current.Count > 0 && Math.Abs(word.BoundingBox.Bottom - baseline) > tolerance)
            {
                lines.Add(ToLine(current, baseline));
                current = [];
            }
            if (current.Count == 0) baseline = word.BoundingBox.Bottom;
            current.Add(word);
        }
        if (current.Count > 0) lines.Add(ToLine(current, baseline));
        return lines;
    }

    private static Line ToLine(List<Word> words, double baseline)
    {
        var sb = new StringBuilder();
        foreach (var word in words.OrderBy(w => w.BoundingBox.Left))
        {
            if (sb.Length > 0 && Cleaning.LineJoiner.NeedsSpace(sb[^1], word.Text[0])) sb.Append(' ');
            sb.Append(word.Text);
        }
        return new Line(baseline, sb.ToString());
    }

    private static double MedianSpacing(List<Line> lines)
    {
        if (lines.Count < 2) return 0;
        var gaps = new List<double>(lines.Count - 1);
        for (var i = 1; i < lines.Count; i++) gaps.Add(lines[i - 1].Baseline - lines[i].Baseline);
        gaps.Sort();
        return gaps[gaps.Count / 2];
    }
}
