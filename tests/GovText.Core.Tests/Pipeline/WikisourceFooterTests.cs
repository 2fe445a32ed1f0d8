using System.Globalization;
using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Corpus;
using GovText.Core.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Pipeline;

public class WikisourceFooterTests
{
    private static CleanedText CleanFile(string path)
    {
        var lines = File.ReadAllText(path).Split('\n');
        var blocks = new List<IReadOnlyList<RawLine>>();
        var block = new List<RawLine>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                if (block.Count > 0) blocks.Add(block);
                block = [];
            }
            else block.Add(new RawLine(i + 1, lines[i]));
        }
        if (block.Count > 0) blocks.Add(block);
        return new TextCleaner(CleaningOptions.Default with { Explain = true }).Clean(new RawDocument(blocks, null, "utf-8", "text", ""));
    }

    [SharedCorpusFact]
    public void The_default_rules_remove_exactly_the_footer_and_nothing_from_files_without_one()
    {
        var checkedWith = 0;
        var checkedWithout = 0;
        foreach (var corpus in new[] { "gwr", "cpc-congress" })
        {
            var dir = Path.Combine(TestEnvironment.SharedDir!, "corpora", corpus);
            var footers = File.ReadAllLines(Path.Combine(dir, "wikisource_footers.csv")).Skip(1)
                .Select(l => l.Split(',')).ToDictionary(c => c[0], c => c[1]);
            foreach (var file in Directory.GetFiles(dir, "*.txt").Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileNameWithoutExtension(file);
                var full = CleanFile(file);
                var wikisource = full.Report.RemovedLinesByRule.Where(r => r.Key.StartsWith("wikisource-", StringComparison.Ordinal)).Sum(r => r.Value);
                if (footers.TryGetValue(id, out var start))
                {
                    // Cleaning the whole file must give exactly what cleaning the body alone (cut at the footer offset) gives.
                    var body = CleanBody(file, start);
                    Assert.Equal(body.Paragraphs.Select(p => p.Text), full.Paragraphs.Select(p => p.Text));
                    Assert.True(wikisource > 0, id);
                    Assert.Equal(0, body.Report.RemovedLinesByRule.Where(r => r.Key.StartsWith("wikisource-", StringComparison.Ordinal)).Sum(r => r.Value));
                    checkedWith++;
                }
                else
                {
                    Assert.Equal(0, wikisource);
                    checkedWithout++;
                }
            }
        }
        Assert.Equal(10 + 14, checkedWith);
        Assert.True(checkedWithout > 40);
    }

    private static CleanedText CleanBody(string path, string truncateAtCodePoint)
    {
        // footer_start_char counts code points; all these texts are in the BMP, but count runes to be exact.
        var text = File.ReadAllText(path);
        var runes = int.Parse(truncateAtCodePoint, CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (runes-- == 0) break;
            sb.Append(rune.ToString());
        }
        var cut = Path.Combine(Path.GetTempPath(), "govtext-footer-" + Guid.NewGuid().ToString("N") + ".txt");
        try
        {
            File.WriteAllText(cut, sb.ToString());
            return CleanFile(cut);
        }
        finally
        {
            File.Delete(cut);
        }
    }
}
