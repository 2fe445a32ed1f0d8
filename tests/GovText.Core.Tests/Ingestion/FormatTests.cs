using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using GovText.Tests;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using W = DocumentFormat.OpenXml.Wordprocessing;
using GovText.Core.Text;

namespace GovText.Core.Tests.Ingestion;

public class FormatTests
{
    internal static byte[] Pdf(params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                if (line.Length == 0)
                {
                    y -= 14;
                    continue;
                }
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 14;
            }
        }
        return builder.Build();
    }

    internal static void Docx(string path, string? title, params string[] paragraphs)
    {
        using var doc = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = doc.AddMainDocumentPart();
        var body = new W.Body();
        foreach (var p in paragraphs)
        {
            // Each paragraph is split into two runs to check that runs are joined.
            var half = p.Length / 2;
            body.Append(new W.Paragraph(
                new W.Run(new W.Text(p[..half]) { Space = SpaceProcessingModeValues.Preserve }),
                new W.Run(new W.Text(p[half..]) { Space = SpaceProcessingModeValues.Preserve })));
        }
        main.Document = new W.Document(body);
        if (title is not null) doc.PackageProperties.Title = title;
    }

    [Fact]
    public void Html_keeps_main_text_drops_chrome_and_uses_the_title()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "page.html", """
            <!DOCTYPE html><html><head><title> Grassroots Governance </title><style>p{color:red}</style></head>
            <body><nav><a href="/">Home</a> | <a>About</a></nav><header>Site name</header>
            <h1>Party building and governance</h1>
            <p>First paragraph with <b>bold</b> text
            over two source lines.</p>
            <p>第一段中文
            继续。</p>
            <ul><li>Item one</li><li>Item two</li></ul>
            <table><tr><td>Year</td><td>2021</td></tr></table>
            <script>var x = "hidden";</script><aside>Related</aside><form><input value="q"></form>
            <footer>All rights reserved</footer></body></html>
            """);
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("Grassroots Governance", doc.Title);
        Assert.Equal("html", doc.Format);
        Assert.Equal(
            "Party building and governance\n\nFirst paragraph with bold text over two source lines.\n\n第一段中文继续。\n\nItem one\n\nItem two\n\nYear | 2021",
            doc.Text);
    }

    [Fact]
    public void Html_meta_charset_is_honoured()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var html = "<html><head><meta charset=\"gbk\"><title>政府工作报告</title></head><body><p>基层治理现代化。</p></body></html>";
        TestCorpus.Write(dir, "gbk.htm", html, TestCorpus.Gbk);
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("gb18030", doc.Encoding);
        Assert.Equal("政府工作报告", doc.Title);
        Assert.Equal("基层治理现代化。", doc.Text);
    }

    [Fact]
    public void Html_meta_charset_contradicted_by_the_bytes_falls_back_to_detection()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "wrong.html", "<html><head><meta charset=\"utf-8\"></head><body><p>基层治理现代化。</p></body></html>", TestCorpus.Gbk);
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("gb18030", doc.Encoding);
        Assert.Equal("基层治理现代化。", doc.Text);
    }

    [Fact]
    public void Pdf_text_layer_is_read_in_page_order_with_lines_rejoined()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "paper.pdf", Pdf(
            ["Community governance, as the basis for a sound", "national governance system, has become an", "important part of grass-roots work of the govern-", "ance system.", "", "", "A second paragraph starts here."],
            ["Page two text."]));
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("pdf", doc.Format);
        Assert.Null(doc.Encoding);
        Assert.Equal(
            "Community governance, as the basis for a sound national governance system, has become an important part of grass-roots work of the governance system.\n\nA second paragraph starts here.\n\nPage two text.",
            doc.Text);
    }

    [Fact]
    public void Pdf_without_text_layer_says_so()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4);
        TestCorpus.Write(dir, "scan.pdf", builder.Build());
        var failure = TestCorpus.Failure(dir.Path);
        Assert.Equal("scan.pdf", failure.Path);
        Assert.Equal("no text layer: scanned image? run OCR first", failure.Error);
    }

    [Fact]
    public void Truncated_pdf_is_a_clear_error()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var bytes = Pdf(["Some text on the page."]);
        TestCorpus.Write(dir, "cut.pdf", bytes[..(bytes.Length / 3)]);
        var failure = TestCorpus.Failure(dir.Path);
        Assert.Equal("cut.pdf", failure.Path);
        Assert.StartsWith("cannot read PDF (truncated or damaged?)", failure.Error);
    }

    [Fact]
    public void Docx_paragraphs_are_read_in_order_with_runs_joined()
    {
        using var dir = TestEnvironment.CreateTempDir();
        Docx(dir.File("report.docx"), "A DOCX title", "First paragraph of the report.", "第二段：基层治理。");
        var doc = TestCorpus.One(dir.Path);
        Assert.Equal("docx", doc.Format);
        Assert.Equal("A DOCX title", doc.Title);
        Assert.Equal("First paragraph of the report.\n\n第二段：基层治理。", doc.Text);
        Assert.Equal(Language.Mixed, doc.Language);
    }

    [Fact]
    public void Docx_that_is_not_a_zip_is_a_clear_error()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "fake.docx", "this is plain text, not a zip package");
        var failure = TestCorpus.Failure(dir.Path);
        Assert.Equal("fake.docx", failure.Path);
        Assert.StartsWith("not a valid DOCX (not a zip package", failure.Error);
    }

    [Fact]
    public void Other_extensions_are_skipped_with_a_reason()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "data.xlsx", "x");
        var skipped = Assert.IsType<GovText.Core.Ingestion.FileSkipped>(Assert.Single(TestCorpus.Ingest(dir.Path)));
        Assert.Contains("unsupported extension '.xlsx'", skipped.Reason);
    }

    [Fact]
    public void Hidden_files_and_folders_are_not_read_unless_listed_and_order_is_ordinal()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, ".hidden.txt", "x");
        TestCorpus.Write(dir, ".git/config.txt", "x");
        TestCorpus.Write(dir, "b.txt", "b");
        TestCorpus.Write(dir, "B.txt", "B");
        TestCorpus.Write(dir, "a/z.txt", "z");
        Assert.Equal(["B.txt", "a/z.txt", "b.txt"], TestCorpus.Ingest(dir.Path).Select(o => o.Path));
        TestCorpus.Write(dir, "manifest.csv", "id,path\nh,.hidden.txt\n");
        Assert.Equal([".hidden.txt", "B.txt", "a/z.txt", "b.txt"], TestCorpus.Ingest(dir.Path).Select(o => o.Path));
    }

    [Fact]
    public void Same_name_in_two_formats_gets_two_ids()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "paper.txt", "Plain text version.");
        Docx(dir.File("paper.docx"), null, "Word version.");
        var ids = TestCorpus.Ingest(dir.Path).Cast<GovText.Core.Ingestion.DocumentIngested>().Select(d => d.Document.Id).ToArray();
        Assert.Equal(["paper-docx", "paper-txt"], ids);
    }
}
