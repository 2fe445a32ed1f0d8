using System.Text.RegularExpressions;
using GovText.Core.Cleaning;
using GovText.Core.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Pipeline;

/// <summary>han_chars (the denominator of per_10k_han) checked against the corpus's own independent counts.</summary>
public partial class HanCountTests
{
    [SharedCorpusFact]
    public void Han_chars_of_every_footer_free_work_report_equal_the_CJK_count_in_SOURCE_md_plus_the_ideographic_zeros()
    {
        var folder = Path.Combine(TestEnvironment.SharedDir!, "corpora", "gwr");
        // SOURCE.md: "| 1990 | zh | `gwr-zh-1990.txt` | ropensci | 80553 | 24069 |", CJK = U+4E00–9FFF and U+3400–4DBF.
        var expected = TableRow().Matches(File.ReadAllText(Path.Combine(folder, "SOURCE.md")))
            .ToDictionary(m => m.Groups["id"].Value, m => int.Parse(m.Groups["cjk"].Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(46, expected.Count); // the 47th ropensci file is the English 2017 report

        var documents = GovText.Core.Tests.Ingestion.TestCorpus.All(new CorpusIngestor(new IngestOptions(folder, null, CleaningOptions.Default)))
            .OfType<DocumentIngested>().Select(d => d.Document).ToDictionary(d => d.Id);
        foreach (var (id, cjk) in expected)
        {
            // GovText also counts 〇 (Script=Han) and compatibility ideographs, which the SOURCE.md count leaves out;
            // cleaning must not remove a single Han character from these files (they have no licence footer).
            var raw = File.ReadAllText(Path.Combine(folder, id + ".txt"));
            var extra = raw.Count(c => c == '\u3007' || c is >= '\uF900' and <= '\uFAFF');
            Assert.True(cjk + extra == documents[id].HanChars, $"{id}: SOURCE.md {cjk} + {extra} (〇 and compatibility) vs han_chars {documents[id].HanChars}");
        }
    }

    [GeneratedRegex(@"^\| \d{4} \| zh \| `(?<id>gwr-zh-\d{4})\.txt` \| ropensci \| \d+ \| (?<cjk>\d+) \|$", RegexOptions.Multiline)]
    private static partial Regex TableRow();
}
