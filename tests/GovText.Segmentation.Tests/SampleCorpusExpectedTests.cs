using System.Text.Json;
using GovText.Segmentation.Tests.Reference;

namespace GovText.Segmentation.Tests;

/// <summary>
/// The sample-paper parity check that runs anywhere: Expected/seeds-jieba-0.42.1.jsonl holds each line and
/// python3-jieba 0.42.1's tokens for it (generated once by Expected/generate_seeds.py), so neither ../shared
/// nor python is needed.
/// </summary>
public sealed class SampleCorpusExpectedTests
{
    private sealed record ExpectedCut(string File, int LineNumber, string Mode, bool Hmm, string Line, string[] Tokens);

    [Fact]
    public void SampleLinesMatchTheCommittedJiebaOutput()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Expected", "seeds-jieba-0.42.1.jsonl");
        var options = new JsonSerializerOptions { PropertyNameCaseInsensitive = true };
        var records = File.ReadLines(path).Select(l => JsonSerializer.Deserialize<ExpectedCut>(l, options)!).ToList();
        Assert.Equal(272, records.Count);
        Assert.Equal(4, records.Select(r => (r.Mode, r.Hmm)).Distinct().Count());

        var segmenter = Segmenter.CreateDefault();
        var failures = new List<string>();
        foreach (var r in records)
        {
            var mode = r.Mode switch { "accurate" => SegmentationMode.Accurate, "search" => SegmentationMode.Search, _ => SegmentationMode.Full };
            var diff = JiebaReference.FirstDifference(r.Tokens, segmenter.CutToStrings(r.Line, mode, r.Hmm));
            if (diff is not null) failures.Add($"{r.File}:{r.LineNumber} [{r.Mode}, hmm={r.Hmm}] {diff}");
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }
}
