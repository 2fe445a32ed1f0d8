using System.Text;
using System.Text.Json;

namespace GovText.Segmentation.Tests;

/// <summary>
/// <see cref="SegmentationWriter"/>'s parallel path (<c>govtext segment --jobs N</c>): blocks of lines segmented on
/// several threads must come out in input order and byte-identical to the one-thread path, whatever the block
/// boundaries cut through (CRLF, empty lines, a line longer than a block, no final line break).
/// </summary>
public sealed class SegmentationWriterTests
{
    private sealed record ExpectedCut(string File, int LineNumber, string Mode, bool Hmm, string Line, string[] Tokens);

    // The sample papers' lines with python3-jieba 0.42.1's accurate+HMM tokens (Expected/, see SampleCorpusExpectedTests).
    private static readonly List<ExpectedCut> Sample = File.ReadLines(Path.Combine(AppContext.BaseDirectory, "Expected", "seeds-jieba-0.42.1.jsonl"))
        .Select(l => JsonSerializer.Deserialize<ExpectedCut>(l, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })!)
        .Where(r => r.Mode == "accurate" && r.Hmm)
        .ToList();

    /// <summary>About 1.5 M characters: several blocks, with the sample lines in a shifting order and odd line shapes.</summary>
    private static (string Text, List<string> Lines) MultiBlockInput()
    {
        var text = new StringBuilder();
        var lines = new List<string>();
        var round = 0;
        while (text.Length < 1_500_000)
        {
            for (var i = 0; i < Sample.Count; i++)
            {
                var line = Sample[(i * 7 + round) % Sample.Count].Line;
                lines.Add(line);
                text.Append(line).Append(i % 5 == 0 ? "\r\n" : "\n");
                if (i % 11 == 0) { lines.Add(""); text.Append('\n'); }
            }
            if (round == 2)
            {
                // One line longer than a block (128K characters) and without any line break inside.
                var longLine = string.Concat(Enumerable.Repeat(Sample[3].Line, 200_000 / Sample[3].Line.Length + 1));
                lines.Add(longLine);
                text.Append(longLine).Append('\n');
            }
            round++;
        }
        // The last line has no line break.
        lines.Add(Sample[0].Line);
        text.Append(Sample[0].Line);
        return (text.ToString(), lines);
    }

    private static string Write(string input, int jobs, SegmentOutputFormat format = SegmentOutputFormat.Text,
        SegmentationMode mode = SegmentationMode.Accurate, bool tagged = false)
    {
        var output = new StringWriter();
        var segmenter = Segmenter.CreateDefault();
        var lines = tagged
            ? SegmentationWriter.WriteTagged(new StringReader(input), output, segmenter, format, hmm: true, jobs)
            : SegmentationWriter.Write(new StringReader(input), output, segmenter, format, mode, hmm: true, jobs);
        Assert.Equal(input.Length == 0 ? 0 : input.Split('\n').Length - (input.EndsWith('\n') ? 1 : 0), lines);
        return output.ToString();
    }

    [Fact]
    public void ParallelTextOutputKeepsInputOrderAndEqualsJieba()
    {
        var (input, lines) = MultiBlockInput();
        var one = Write(input, jobs: 1);
        Assert.Equal(one, Write(input, jobs: 2));
        Assert.Equal(one, Write(input, jobs: 5));

        // Independently of the writer: line i of the output is jieba's cut of input line i.
        var expected = Sample.GroupBy(r => r.Line).ToDictionary(g => g.Key, g => string.Join(" / ", g.First().Tokens));
        var segmenter = Segmenter.CreateDefault();
        var outputLines = one.Split('\n');
        Assert.Equal(lines.Count + 1, outputLines.Length);
        Assert.Equal("", outputLines[^1]);
        for (var i = 0; i < lines.Count; i++)
        {
            var want = lines[i].Length == 0 ? "" : expected.TryGetValue(lines[i], out var e) ? e : string.Join(" / ", segmenter.CutToStrings(lines[i]));
            Assert.True(want == outputLines[i], $"line {i + 1}: expected {want[..Math.Min(80, want.Length)]}, got {outputLines[i][..Math.Min(80, outputLines[i].Length)]}");
        }
    }

    [Theory]
    [InlineData(SegmentOutputFormat.Json, SegmentationMode.Search, false)]
    [InlineData(SegmentOutputFormat.Text, SegmentationMode.Full, false)]
    [InlineData(SegmentOutputFormat.Tsv, SegmentationMode.Accurate, true)]
    [InlineData(SegmentOutputFormat.Json, SegmentationMode.Accurate, true)]
    public void ParallelOutputEqualsOneThreadInEveryFormat(SegmentOutputFormat format, SegmentationMode mode, bool tagged)
    {
        var (input, _) = MultiBlockInput();
        var one = Write(input, jobs: 1, format, mode, tagged);
        Assert.Equal(one, Write(input, jobs: 3, format, mode, tagged));
        if (tagged && format == SegmentOutputFormat.Tsv)
        {
            // Line numbers continue across blocks: the last row belongs to the last input line.
            var lastRow = one.TrimEnd('\n').Split('\n')[^1];
            Assert.StartsWith((input.Count(c => c == '\n') + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t", lastRow);
        }
    }

    [Fact]
    public void EmptyInputAndOneLineGiveTheSameOutputOnAnyNumberOfThreads()
    {
        Assert.Equal("", Write("", jobs: 2));
        Assert.Equal("我 / 爱 / 北京 / 天安门\n", Write("我爱北京天安门", jobs: 2));
        Assert.Equal("\n\n", Write("\r\n\n", jobs: 2));
    }

    [Fact]
    public void BadBytesStopBothPathsAfterTheSameLines()
    {
        var (input, _) = MultiBlockInput();
        var outputs = new List<string>();
        foreach (var jobs in new[] { 1, 2 })
        {
            var output = new StringWriter();
            var error = Assert.Throws<InvalidDataException>(() =>
                SegmentationWriter.Write(new FailingReader(input, failAfter: 700_000), output, Segmenter.CreateDefault(), SegmentOutputFormat.Text, jobs: jobs));
            Assert.Equal("bad bytes", error.Message);
            outputs.Add(output.ToString());
        }
        Assert.Equal(outputs[0], outputs[1]);
        // Every whole line read before the error is written: the output ends at a line break before 700,000 input characters.
        var written = outputs[0].Count(c => c == '\n');
        Assert.Equal(input[..700_000].Count(c => c == '\n'), written);
    }

    [Fact]
    public void JobsBelowOneIsRefused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() =>
            SegmentationWriter.Write(new StringReader("x"), new StringWriter(), Segmenter.CreateDefault(), SegmentOutputFormat.Text, jobs: 0));

    /// <summary>Returns at most 1,000 characters per read and throws once <c>failAfter</c> characters have been returned.</summary>
    private sealed class FailingReader(string text, int failAfter) : TextReader
    {
        private int _position;

        public override int Read(char[] buffer, int index, int count)
        {
            if (_position >= failAfter) throw new InvalidDataException("bad bytes");
            var n = Math.Min(Math.Min(count, 1000), Math.Min(failAfter, text.Length) - _position);
            text.CopyTo(_position, buffer, index, n);
            _position += n;
            return n;
        }
    }
}
