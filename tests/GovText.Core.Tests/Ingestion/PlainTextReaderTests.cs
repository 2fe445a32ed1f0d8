using System.Security.Cryptography;
using System.Text;
using GovText.Core.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Ingestion;

/// <summary>
/// A text file up to <see cref="PlainTextReader.WholeFileLimit"/> is read once into memory; a larger one is streamed.
/// Both paths must give the same encoding, lines, blocks and SHA-256 for the same bytes.
/// </summary>
public class PlainTextReaderTests
{
    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("gb18030")]
    [InlineData("big5")]
    [InlineData("utf-8+gb18030")]
    public void A_file_read_whole_and_a_file_streamed_give_the_same_encoding_blocks_and_sha256(string encoding)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var paragraph = Bytes(encoding);
        var small = Path.Combine(dir.Path, "small.txt");
        var large = Path.Combine(dir.Path, "large.txt");
        File.WriteAllBytes(small, paragraph);
        var repeats = PlainTextReader.WholeFileLimit / Body(encoding, paragraph).Length + 1;
        using (var file = File.Create(large))
            for (var i = 0; i < repeats; i++) file.Write(i == 0 ? paragraph : Body(encoding, paragraph));
        Assert.True(new FileInfo(large).Length > PlainTextReader.WholeFileLimit);

        var reader = new PlainTextReader();
        var whole = reader.Read(small);
        var streamed = reader.Read(large);

        Assert.Equal(encoding, whole.Encoding);
        Assert.Equal(encoding, streamed.Encoding);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(small))), whole.Sha256);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(large))), streamed.Sha256);
        var wholeBlocks = whole.Blocks.Select(b => b.Select(l => (l.Number, l.Text)).ToList()).ToList();
        var streamedBlocks = streamed.Blocks.Take(wholeBlocks.Count).Select(b => b.Select(l => (l.Number, l.Text)).ToList()).ToList();
        Assert.Equal(2, wholeBlocks.Count);
        Assert.Equal(wholeBlocks, streamedBlocks);
        Assert.Equal(encoding == "big5" ? [(1, "基層治理 grassroots governance"), (2, "協同治理。")] : [(1, "基层治理 grassroots governance"), (2, "协同治理。")],
            wholeBlocks[0]);
    }

    [Fact]
    public void The_blocks_of_a_file_read_whole_are_read_once()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = Path.Combine(dir.Path, "a.txt");
        File.WriteAllText(path, "one\n\ntwo\n");
        var document = new PlainTextReader().Read(path);

        Assert.Equal(2, document.Blocks.Count());
        Assert.Throws<InvalidOperationException>(() => document.Blocks.Count());
    }

    // Two blocks: two lines, a blank line, one line (the mixed file has a UTF-8 line among GB18030 ones).
    private static byte[] Bytes(string encoding)
    {
        const string first = "基层治理 grassroots governance\n协同治理。\n\n", second = "元治理与组织动员。\n\n";
        return encoding switch
        {
            "utf-8" => Encoding.UTF8.GetBytes(first + second),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(first + second)],
            "gb18030" => TestCorpus.Gbk.GetBytes(first + second),
            "big5" => TestCorpus.Big5.GetBytes("基層治理 grassroots governance\n協同治理。\n\n元治理與組織動員。\n\n"),
            _ => [.. TestCorpus.Gbk.GetBytes(first), .. Encoding.UTF8.GetBytes(second)],
        };
    }

    // What follows the first copy: the same paragraphs without a byte-order mark.
    private static byte[] Body(string encoding, byte[] paragraph) =>
        encoding == "utf-8-bom" ? paragraph[Encoding.UTF8.GetPreamble().Length..] : paragraph;
}
