using System.Text;
using GovText.Tests;

namespace GovText.Core.Tests.Ingestion;

public class EncodingTests
{
    private const string Simplified =
        "推进基层治理转型关键在于创新和完善基层党建与基层治理两者有效融合的实践进路。党领导基层治理因其显著的示范引领、服务引领和协同引领优势，使得党建治理化成为中国基层治理现代化的重要发展趋向。";

    private const string Traditional =
        "推進基層治理轉型關鍵在於創新和完善基層黨建與基層治理兩者有效融合的實踐進路。黨領導基層治理因其顯著的示範引領、服務引領和協同引領優勢，使得黨建治理化成為中國基層治理現代化的重要發展趨向。";

    [Theory]
    [InlineData("utf-8")]
    [InlineData("utf-8-bom")]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Unicode_encodings_are_read_and_recorded(string name)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var text = "Grassroots governance 基层治理。\n\nSecond paragraph.";
        var bytes = name switch
        {
            "utf-8" => TestCorpus.Utf8.GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            _ => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
        };
        TestCorpus.Write(dir, "a.txt", bytes);
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal(name, doc.Encoding);
        Assert.Equal("Grassroots governance 基层治理。\n\nSecond paragraph.", doc.Text);
    }

    [Theory]
    [InlineData(Simplified)]
    [InlineData("基层治理现代化")]
    [InlineData("党的领导")]
    public void Gbk_simplified_text_is_detected_as_gb18030(string text)
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "gbk.txt", text, TestCorpus.Gbk);
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("gb18030", doc.Encoding);
        Assert.Equal(text, doc.Text);
    }

    [Theory]
    [InlineData(Traditional)]
    [InlineData("基層治理現代化")]
    [InlineData("黨的領導")]
    public void Big5_traditional_text_is_detected_and_kept_traditional(string text)
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "big5.txt", text, TestCorpus.Big5);
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("big5", doc.Encoding);
        Assert.Equal(text, doc.Text);
    }

    [Fact]
    public void Binary_file_with_txt_name_is_an_error_naming_the_file()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "image.txt", [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52]);
        var failure = TestCorpus.Failure(dir.Path);
        Assert.Equal("image.txt", failure.Path);
        Assert.StartsWith("binary file", failure.Error);
    }

    [Fact]
    public void Bytes_valid_in_no_supported_encoding_are_an_error_that_says_what_to_do()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "broken.txt", [0x41, 0x42, 0xFF, 0xFE, 0x80, 0xFF, 0x43, 0x80, 0x80]);
        var failure = TestCorpus.Failure(dir.Path);
        Assert.Equal("broken.txt", failure.Path);
        Assert.Contains("not valid UTF-8", failure.Error);
        Assert.Contains("convert the file to UTF-8", failure.Error);
    }

    [Theory]
    [InlineData(new byte[0], "empty file (0 bytes)")]
    [InlineData(new byte[] { 0x20, 0x0A, 0x0A, 0x09, 0x0A }, "empty file (only whitespace)")]
    public void Empty_files_are_errors(byte[] bytes, string message)
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "empty.txt", bytes);
        Assert.Equal(message, TestCorpus.Failure(dir.Path).Error);
    }

    [Fact]
    public void Invalid_bytes_after_a_utf8_bom_are_an_error()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "bad-bom.txt", [0xEF, 0xBB, 0xBF, 0x41, 0xC3, 0x28]);
        Assert.Contains("invalid UTF-8", TestCorpus.Failure(dir.Path).Error);
    }
}
