using System.Text;
using GovText.Core.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Ingestion;

/// <summary>
/// Encoding detection checks a file is UTF-8 with a vectorised validity scan, chunk by chunk, instead of decoding it:
/// it must accept exactly what the strict decoder accepts, wherever a chunk boundary falls.
/// </summary>
public class Utf8ValidationTests
{
    private static readonly UTF8Encoding Strict = new(false, true);

    private static bool Decodes(byte[] bytes)
    {
        try
        {
            Strict.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    [Fact]
    public void Every_corpus_file_is_judged_as_the_strict_decoder_judges_it()
    {
        var folders = new List<string> { TestEnvironment.SampleCorpus };
        if (TestEnvironment.SharedDir is { } shared) folders.Add(shared);
        var files = 0;
        foreach (var file in folders.SelectMany(f => Directory.EnumerateFiles(f, "*", SearchOption.AllDirectories)).Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(file);
            var expected = Decodes(bytes);
            using var stream = new MemoryStream(bytes);
            Assert.True(expected == TextDecoder.IsValidUtf8(stream), file);
            Assert.True(expected == TextDecoder.IsValidUtf8(stream, chunk: 5), file);
            Assert.Equal(0, stream.Position);
            files++;
        }
        Assert.True(files >= 5);
    }

    [Fact]
    public void Valid_and_broken_sequences_are_judged_alike_across_every_chunk_boundary()
    {
        var pieces = new byte[][]
        {
            "a"u8.ToArray(), "中"u8.ToArray(), "é"u8.ToArray(), "𠀀"u8.ToArray(), [0xEF, 0xBB, 0xBF], [0x80], [0xC0, 0x80], [0xC1, 0xBF],
            [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF8, 0x88, 0x80, 0x80, 0x80],
            [0xE4, 0xB8], [0xF0, 0xA0, 0x80], [0xFF], [0xC3], [0xE4], [0xF0], "\n"u8.ToArray(),
        };
        var random = new Random(13);
        var checkedValid = 0;
        for (var trial = 0; trial < 3000; trial++)
        {
            var bytes = new List<byte>();
            var count = random.Next(0, 9);
            for (var p = 0; p < count; p++)
            {
                // Mostly valid pieces, so that a good share of the inputs is valid UTF-8 as a whole.
                var piece = random.Next(10) < 7 ? pieces[random.Next(5)] : pieces[random.Next(pieces.Length)];
                bytes.AddRange(piece);
            }
            var array = bytes.ToArray();
            var expected = Decodes(array);
            if (expected) checkedValid++;
            for (var chunk = 1; chunk <= 9; chunk++)
                Assert.True(expected == TextDecoder.IsValidUtf8(new MemoryStream(array), chunk), $"{Convert.ToHexString(array)} in chunks of {chunk}");
            Assert.True(expected == TextDecoder.IsValidUtf8(new MemoryStream(array)), Convert.ToHexString(array));
        }
        Assert.InRange(checkedValid, 300, 2700);
    }
}
