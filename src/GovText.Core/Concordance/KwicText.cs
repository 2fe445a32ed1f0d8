using GovText.Core.Output;

namespace GovText.Core.Concordance;

/// <summary>Writes concordances: <c>kwic.csv</c>, and an aligned plain-text view for the terminal.</summary>
public static class KwicText
{
    /// <summary>The file name <c>govtext kwic</c> writes.</summary>
    public const string CsvFile = "kwic.csv";

    /// <summary>Writes <c>kwic.csv</c> atomically.</summary>
    public static void WriteCsv(string path, IEnumerable<KwicLine> lines) => CsvOutput.WriteRecords(path, lines);

    /// <summary>
    /// Writes one line per hit: <c>doc_id:sentence  left | hit | right</c>, with the left context right-aligned and
    /// the hits padded so the columns line up, counting CJK characters as two terminal columns.
    /// </summary>
    public static void Write(TextWriter writer, IReadOnlyList<KwicLine> lines)
    {
        if (lines.Count == 0) return;
        var prefixes = lines.Select(l => $"{l.DocId}:{l.Sentence}").ToList();
        var prefixWidth = prefixes.Max(DisplayWidth.Of);
        var leftWidth = lines.Max(l => DisplayWidth.Of(l.Left));
        var hitWidth = lines.Max(l => DisplayWidth.Of(l.Hit));
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var text = DisplayWidth.PadRight(prefixes[i], prefixWidth) + "  "
                + DisplayWidth.PadLeft(line.Left, leftWidth) + " | "
                + DisplayWidth.PadRight(line.Hit, hitWidth) + " | " + line.Right;
            writer.Write(text.TrimEnd());
            writer.Write('\n');
        }
    }
}
