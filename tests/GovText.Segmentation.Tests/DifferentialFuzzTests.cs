using GovText.Segmentation.Tests.Reference;
using GovText.Tests;
using Xunit.Abstractions;

namespace GovText.Segmentation.Tests;

/// <summary>Random mixed-script strings (no lone surrogates: Python cannot hold them) cut by jieba and by us.</summary>
public sealed class DifferentialFuzzTests(ITestOutputHelper output)
{
    private static readonly (SegmentationMode Mode, bool Hmm)[] Modes =
    [
        .. CorpusParityTests.Modes,
        (SegmentationMode.Search, false),
    ];

    [JiebaFact]
    public void RandomMixedStringsMatchJieba()
    {
        var lines = FuzzText.Generate(600, seed: 20261122);
        var expected = JiebaReference.Cut([
            .. Modes.Select(m => new CutRequest(m.Mode, m.Hmm, lines)),
            .. CorpusParityTests.PossegHmm.Select(hmm => new CutRequest(SegmentationMode.Accurate, hmm, lines, Posseg: true))]);
        var segmenter = Segmenter.CreateDefault();
        var failures = new List<string>();
        for (var m = 0; m < Modes.Length; m++)
        {
            var (identical, diffs) = JiebaReference.Compare(segmenter, Modes[m].Mode, Modes[m].Hmm, lines, expected[m],
                i => System.Text.Json.JsonSerializer.Serialize(lines[i]));
            failures.AddRange(diffs.Take(20));
            output.WriteLine($"{Modes[m].Mode} hmm={Modes[m].Hmm}: {identical}/{lines.Count} identical");
        }
        for (var p = 0; p < CorpusParityTests.PossegHmm.Length; p++)
        {
            var hmm = CorpusParityTests.PossegHmm[p];
            var (identical, diffs) = JiebaReference.ComparePosseg(segmenter, hmm, lines, expected[Modes.Length + p],
                i => System.Text.Json.JsonSerializer.Serialize(lines[i]));
            failures.AddRange(diffs.Take(20));
            output.WriteLine($"posseg hmm={hmm}: {identical}/{lines.Count} identical");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
