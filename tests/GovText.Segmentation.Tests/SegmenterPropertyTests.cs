using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace GovText.Segmentation.Tests;

/// <summary>Invariants that hold for every input, including strings Python could not even represent.</summary>
public sealed class SegmenterPropertyTests
{
    private static readonly Segmenter Shared = Segmenter.CreateDefault();

    private static readonly SegmentationMode[] AllModes = [SegmentationMode.Accurate, SegmentationMode.Search, SegmentationMode.Full];

    /// <summary>Strings built from the fuzz pieces, random code units (lone surrogates included) and Han.</summary>
    public static class MixedStrings
    {
        public static Arbitrary<string> Strings() =>
            Gen.OneOf(
                    ArbMap.Default.GeneratorFor<string>().Where(s => s is not null),
                    Gen.Choose(0, int.MaxValue).Select(seed => FuzzText.Generate(1, seed)[0]),
                    Gen.ArrayOf(Gen.Choose(0, 0xFFFF).Select(i => (char)i)).Select(chars => new string(chars)),
                    Gen.ArrayOf(Gen.Elements('\uD83D', '\uDE00', '中', '国', 'a', '-', ' ', '\r', '\n', '\u0301', '\u3000', '\x1c'))
                        .Select(chars => new string(chars)))
                .ToArbitrary();
    }

    [Property(Arbitrary = [typeof(MixedStrings)], MaxTest = 300)]
    public void AccurateTokensConcatenateToTheInputWithContiguousOffsets(string text, bool hmm)
    {
        var tokens = Shared.Cut(text, SegmentationMode.Accurate, hmm);
        AssertCovers(text, tokens);
    }

    [Property(Arbitrary = [typeof(MixedStrings)], MaxTest = 300)]
    public void SearchAndFullTokensAreSlicesOfTheInput(string text, bool hmm)
    {
        foreach (var mode in new[] { SegmentationMode.Search, SegmentationMode.Full })
        {
            foreach (var token in Shared.Cut(text, mode, hmm))
            {
                Assert.InRange(token.Start, 0, text.Length);
                Assert.InRange(token.End, token.Start, text.Length);
                if (token.Text.Length == token.End - token.Start)
                    Assert.Equal(text[token.Start..token.End], token.Text);
            }
        }
    }

    [Property(Arbitrary = [typeof(MixedStrings)], MaxTest = 200)]
    public void NoTokenSplitsASurrogatePair(string text)
    {
        foreach (var mode in AllModes)
            foreach (var token in Shared.Cut(text, mode))
            {
                if (token.Start > 0 && token.Start < text.Length)
                    Assert.False(char.IsHighSurrogate(text[token.Start - 1]) && char.IsLowSurrogate(text[token.Start]), $"split pair at {token.Start}");
            }
    }

    [Property(Arbitrary = [typeof(MixedStrings)], MaxTest = 100)]
    public void TheSpanApiGivesTheSameTokens(string text)
    {
        foreach (var mode in AllModes)
        {
            var viaList = Shared.Cut(text, mode);
            var viaSpan = new List<Token>();
            Shared.Cut(text.AsSpan(), (t, s, e) => viaSpan.Add(new Token(new string(t), s, e)), mode);
            Assert.Equal(viaList, viaSpan);
        }
    }

    [Fact]
    public void MegabyteLinesWithoutBreaksDoNotThrow()
    {
        var random = new Random(7);
        var han = new string(Enumerable.Range(0, 1 << 20).Select(_ => (char)random.Next(0x4E00, 0x9FD6)).ToArray());
        var latin = new string('a', 1 << 20);
        var common = string.Concat(Enumerable.Repeat("国家治理体系和治理能力现代化", (1 << 20) / 14));
        var emoji = string.Concat(Enumerable.Repeat("😀", 1 << 19));
        foreach (var text in new[] { han, latin, common, emoji })
        {
            AssertCovers(text, Shared.Cut(text, SegmentationMode.Accurate, hmm: true));
            AssertCovers(text, Shared.Cut(text, SegmentationMode.Accurate, hmm: false));
            Assert.NotEmpty(Shared.Cut(text, SegmentationMode.Search));
            Assert.NotEmpty(Shared.Cut(text, SegmentationMode.Full));
        }
    }

    [Fact]
    public void ConcurrentCutsAgreeWithSequentialOnes()
    {
        var lines = FuzzText.Generate(200, seed: 99);
        var segmenter = Segmenter.CreateDefault();
        segmenter.AddWord("治理现代化");
        var expected = lines.Select(l => segmenter.Cut(l)).ToList();
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            Assert.Equal(expected[i % lines.Count], segmenter.Cut(lines[i % lines.Count])));
    }

    private static void AssertCovers(string text, IReadOnlyList<Token> tokens)
    {
        var position = 0;
        foreach (var token in tokens)
        {
            Assert.Equal(position, token.Start);
            Assert.True(token.End > token.Start, "empty token in accurate mode");
            Assert.Equal(text[token.Start..token.End], token.Text);
            position = token.End;
        }
        Assert.Equal(text.Length, position);
    }
}
