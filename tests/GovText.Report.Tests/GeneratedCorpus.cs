using System.Globalization;
using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Comparison;
using GovText.Core.Ingestion;
using GovText.Core.Lexicon;
using GovText.Core.Pipeline;
using GovText.Core.Results;

namespace GovText.Report.Tests;

/// <summary>A corpus of many short documents, and count runs of it, for tests that need more documents than the page lists.</summary>
internal static class GeneratedCorpus
{
    /// <summary>
    /// Writes <paramref name="count"/> short Chinese, English and mixed abstracts built from the default lexicon's terms
    /// (some empty), with years (some missing) and sources (some empty) in a manifest, in sub-folders.
    /// </summary>
    public static void Write(string corpus, int count)
    {
        string[] zh = ["社会治理", "基层治理", "协同治理", "网格化管理", "社区治理", "党建引领", "研究", "发现", "本文", "机制", "路径", "推进", "的", "和"];
        string[] en = ["social governance", "grassroots governance", "community governance", "rule of law", "this", "paper", "we", "find", "the", "of", "policy", "reform"];
        var random = new Random(7);
        var manifest = new StringBuilder("id,path,title,year,source\n");
        for (var i = 0; i < count; i++)
        {
            var path = $"part{i % 3}/doc{i.ToString("D4", CultureInfo.InvariantCulture)}.txt";
            var text = new StringBuilder();
            var kind = random.Next(10);
            for (var s = 0; s < random.Next(0, 6) && kind > 0; s++)
            {
                if (kind <= 6) text.Append(string.Concat(Enumerable.Range(0, random.Next(3, 9)).Select(_ => zh[random.Next(zh.Length)]))).Append('。');
                if (kind >= 5) text.Append(string.Join(' ', Enumerable.Range(0, random.Next(4, 12)).Select(_ => en[random.Next(en.Length)]))).Append(". ");
                if (random.Next(4) == 0) text.Append("\n\n");
            }
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(corpus, path))!);
            File.WriteAllText(Path.Combine(corpus, path), text.ToString(), new UTF8Encoding(false));
            var year = random.Next(12) == 0 ? "" : (2010 + random.Next(14)).ToString(CultureInfo.InvariantCulture);
            var source = random.Next(9) == 0 ? "" : "source" + random.Next(4).ToString(CultureInfo.InvariantCulture);
            manifest.Append(CultureInfo.InvariantCulture, $"d{i},{path},Title {i},{year},{source}\n");
        }
        File.WriteAllText(Path.Combine(corpus, "manifest.csv"), manifest.ToString(), new UTF8Encoding(false));
    }

    /// <summary>Counts <paramref name="corpus"/> with the default lexicon into <paramref name="outDir"/> (count tables in <paramref name="format"/>), then compares if asked.</summary>
    public static void Count(string corpus, string outDir, ComparisonOptions? comparison, TableFormat format = TableFormat.Csv)
    {
        var options = new AnalysisOptions(new IngestOptions(corpus, null, CleaningOptions.Default) { MaxParallelism = 2 }, outDir) { TableFormat = format };
        using var workflow = new AnalysisWorkflow(options, ConceptLexicon.Default.Compile(), comparison is null ? null : new CorpusStages { Comparison = comparison });
        workflow.Run();
    }
}
