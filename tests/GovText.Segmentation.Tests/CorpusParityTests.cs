using System.Text;
using GovText.Segmentation.Tests.Reference;
using GovText.Tests;
using Xunit.Abstractions;

namespace GovText.Segmentation.Tests;

/// <summary>
/// The parity proof: every line of the shared corpora, cut by python3-jieba 0.42.1 and by us, in all four
/// modes and POS-tagged by jieba.posseg with and without the HMM, must give identical token lists.
/// </summary>
public sealed class CorpusParityTests(ITestOutputHelper output)
{
    internal static readonly (SegmentationMode Mode, bool Hmm)[] Modes =
    [
        (SegmentationMode.Accurate, true),
        (SegmentationMode.Accurate, false),
        (SegmentationMode.Search, true),
        (SegmentationMode.Full, true),
    ];

    /// <summary>jieba.posseg is compared with and without the HMM.</summary>
    internal static readonly bool[] PossegHmm = [true, false];

    [SharedJiebaFact]
    public void WorkReportsMatchJieba() => AssertParity("corpora/gwr");

    [SharedJiebaFact]
    public void AlternativeEditionsMatchJieba() => AssertParity("corpora/gwr-alt-editions");

    [SharedJiebaFact]
    public void CongressReportsMatchJieba() => AssertParity("corpora/cpc-congress");

    [SharedJiebaFact]
    public void SampleCorpusMatchesJieba() => AssertParity("seeds");

    private void AssertParity(string folder)
    {
        var dir = Path.Combine(TestEnvironment.SharedDir!, folder);
        var files = Directory.GetFiles(dir, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        var lines = new List<(string File, int Line, string Text)>();
        foreach (var file in files)
        {
            var text = File.ReadAllText(file, new UTF8Encoding(false, true));
            var split = text.Split('\n');
            for (var i = 0; i < split.Length; i++)
                if (split[i].Length > 0) lines.Add((Path.GetFileName(file), i + 1, split[i]));
        }
        var texts = lines.Select(l => l.Text).ToList();
        var expected = JiebaReference.Cut([
            .. Modes.Select(m => new CutRequest(m.Mode, m.Hmm, texts)),
            .. PossegHmm.Select(hmm => new CutRequest(SegmentationMode.Accurate, hmm, texts, Posseg: true))]);

        var segmenter = Segmenter.CreateDefault();
        var differences = new List<string>();
        for (var m = 0; m < Modes.Length; m++)
        {
            var (mode, hmm) = Modes[m];
            var (identical, diffs) = JiebaReference.Compare(segmenter, mode, hmm, texts, expected[m],
                i => $"{folder}/{lines[i].File}:{lines[i].Line}");
            differences.AddRange(diffs);
            output.WriteLine($"{folder} {mode} hmm={hmm}: {identical}/{lines.Count} lines identical");
        }
        for (var p = 0; p < PossegHmm.Length; p++)
        {
            var (identical, diffs) = JiebaReference.ComparePosseg(segmenter, PossegHmm[p], texts, expected[Modes.Length + p],
                i => $"{folder}/{lines[i].File}:{lines[i].Line}");
            differences.AddRange(diffs);
            output.WriteLine($"{folder} posseg hmm={PossegHmm[p]}: {identical}/{lines.Count} lines identical");
        }
        Assert.True(differences.Count == 0, $"{differences.Count} line(s) differ from jieba:\n{string.Join("\n", differences.Take(20))}");
    }
}
