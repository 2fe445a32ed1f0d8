using System.IO.Compression;
using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Corpus;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Ingestion;

/// <summary>One file must never stop the batch or the machine: each class of hostile input, generated here.</summary>
public class HostileInputTests
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // A real DOCX (made by the SDK) whose main part is then replaced by streamed XML.
    private static void DocxWithXml(string path, Action<TextWriter> body)
    {
        FormatTests.Docx(path, null, "placeholder");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        zip.GetEntry("word/document.xml")!.Delete();
        using var writer = new StreamWriter(zip.CreateEntry("word/document.xml", CompressionLevel.Fastest).Open(), new UTF8Encoding(false));
        writer.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>");
        body(writer);
        writer.Write("</w:body></w:document>");
    }

    private static List<IngestOutcome> Ingest(string corpus, TimeSpan? budget = null, CleaningOptions? cleaning = null) =>
        TestCorpus.All(new CorpusIngestor(new IngestOptions(corpus, null, cleaning ?? CleaningOptions.Default) { TimeBudget = budget ?? IngestLimits.DefaultTimeBudget }));

    [Fact]
    public void Docx_with_20000_nested_content_controls_is_read_without_recursion()
    {
        using var dir = TestEnvironment.CreateTempDir();
        DocxWithXml(dir.File("deep.docx"), w =>
        {
            for (var i = 0; i < 20_000; i++) w.Write("<w:sdt><w:sdtContent>");
            w.Write("<w:p><w:r><w:t>Deep text.</w:t></w:r></w:p>");
            for (var i = 0; i < 20_000; i++) w.Write("</w:sdtContent></w:sdt>");
            w.Write("<w:p><w:r><w:t xml:space=\"preserve\">Second </w:t></w:r><w:r><w:t>one.</w:t></w:r></w:p>");
        });
        // A thread with a small stack: recursion over the nesting would overflow it and kill the process.
        Core.Documents.Document? document = null;
        var thread = new Thread(() => document = TestCorpus.One(dir.Path), 256 * 1024);
        thread.Start();
        thread.Join();
        Assert.Equal(["Deep text.", "Second one."], document!.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Docx_inflating_past_the_limit_fails_alone_and_the_batch_goes_on()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var chunk = new string(' ', 1 << 20);
        DocxWithXml(dir.File("bomb.docx"), w =>
        {
            w.Write("<w:p><w:r><w:t>Bomb.</w:t></w:r></w:p><!--");
            for (var i = 0; i < 260; i++) w.Write(chunk);
            w.Write("-->");
        });
        Assert.True(new FileInfo(dir.File("bomb.docx")).Length < 3 << 20);
        TestCorpus.Write(dir, "good.txt", "Good text.");
        var outcomes = Ingest(dir.Path);
        Assert.Contains("inflates to more than 256 MB", Assert.IsType<IngestFailed>(outcomes[0]).Error);
        Assert.IsType<DocumentIngested>(outcomes[1]);
    }

    // A one-page PDF whose content stream is the text and then `padding` spaces, Flate-compressed (spaces compress
    // about 1,000 to 1, so 300 MB of them take some 300 KB).
    private static byte[] FlatePdf(long padding)
    {
        var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write("BT /F1 12 Tf 72 720 Td (Bomb text.) Tj ET\n"u8);
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (long left = padding; left > 0; left -= spaces.Length) zlib.Write(spaces, 0, (int)Math.Min(left, spaces.Length));
        }
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Ascii(string text) => pdf.Write(Encoding.ASCII.GetBytes(text));
        void Object(string body)
        {
            offsets.Add(pdf.Position);
            Ascii($"{offsets.Count} 0 obj\n{body}\nendobj\n");
        }
        Ascii("%PDF-1.4\n");
        Object("<< /Type /Catalog /Pages 2 0 R >>");
        Object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
        Object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>");
        offsets.Add(pdf.Position);
        Ascii($"4 0 obj\n<< /Length {compressed.Length} /Filter /FlateDecode >>\nstream\n");
        compressed.Position = 0;
        compressed.CopyTo(pdf);
        Ascii("\nendstream\nendobj\n");
        Object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
        var xref = pdf.Position;
        Ascii($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Ascii($"{offset:D10} 00000 n \n");
        Ascii($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    [Fact]
    public void Pdf_flate_bomb_fails_alone_naming_the_limit_and_the_batch_goes_on()
    {
        using var dir = TestEnvironment.CreateTempDir();
        // The same PDF with a little padding is read: what fails the bomb is its size, not its shape.
        TestCorpus.Write(dir, "a-small.pdf", FlatePdf(1 << 20));
        TestCorpus.Write(dir, "bomb.pdf", FlatePdf(IngestLimits.MaxInflatedBytes + (1 << 20)));
        Assert.True(new FileInfo(dir.File("bomb.pdf")).Length < 1 << 20);
        TestCorpus.Write(dir, "good.txt", "Good text.");
        var outcomes = Ingest(dir.Path);
        Assert.Equal("Bomb text.", Assert.IsType<DocumentIngested>(outcomes[0]).Document.Text);
        var failed = Assert.IsType<IngestFailed>(outcomes[1]);
        Assert.Equal("bomb.pdf", failed.Path);
        Assert.Contains("a stream of the PDF inflates to more than 256 MB, GovText's limit per stream", failed.Error);
        Assert.IsType<DocumentIngested>(outcomes[2]);
    }

    [Fact]
    public void A_document_of_endless_text_stops_at_the_character_limit_naming_it()
    {
        // Every format reaches the cleaner as blocks of lines: an endless stream of 1-million-character lines (what a
        // DOCX with one huge run, or a decompressed file, gives) stops at the limit, not when memory runs out.
        var line = new string('a', 1 << 20);
        IEnumerable<IReadOnlyList<RawLine>> Endless()
        {
            for (var i = 1; ; i++) yield return [new RawLine(i, line)];
        }
        var raw = new RawDocument(Endless(), null, "utf-8", "text", "");
        var ex = Assert.Throws<IngestException>(() => new TextCleaner(CleaningOptions.None).Clean(raw));
        Assert.StartsWith("the document has more than 64 million characters, GovText's limit per document", ex.Message);
    }

    [Fact]
    public void A_document_over_its_time_budget_fails_with_the_budget_named_and_the_batch_goes_on()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var html = new StringBuilder("<html><body>");
        for (var i = 0; i < 100_000; i++) html.Append("<div>");
        html.Append("deep</body></html>");
        TestCorpus.Write(dir, "nested.html", html.ToString());
        TestCorpus.Write(dir, "z-good.txt", "Good text.");
        var started = DateTime.UtcNow;
        var outcomes = Ingest(dir.Path, TimeSpan.FromSeconds(0.5));
        var failed = Assert.IsType<IngestFailed>(outcomes[0]);
        Assert.Contains("longer than the time budget of 0.5 s per document", failed.Error);
        // The remedy names the setting, not a CLI flag; ingest_errors.csv holds it as the config key.
        Assert.EndsWith($"raise {SettingText.Name("time-budget")} to read it anyway", failed.Error);
        IngestionOutput.WriteErrors(dir.Path, [failed]);
        Assert.Contains("; raise time-budget to read it anyway", File.ReadAllText(Path.Combine(dir.Path, "ingest_errors.csv")));
        Assert.IsType<DocumentIngested>(outcomes[1]);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(60));
    }

    [Fact]
    public void A_cleaning_rule_that_times_out_is_named_with_its_file_and_line()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", new string('a', 40) + "!");
        // The lookahead keeps this rule on the backtracking engine, where (a+)+ is exponential.
        var rules = BoilerplateRules.Defaults.With(BoilerplateRules.Parse("# custom\nline slow regex (a+)+(?=b)\n", "my-rules.txt"));
        var outcome = Assert.Single(Ingest(dir.Path, cleaning: CleaningOptions.Default with { Rules = rules }));
        Assert.Contains("cleaning rule 'slow' (my-rules.txt:2) took longer than 2 s", Assert.IsType<IngestFailed>(outcome).Error);
    }

    [Fact]
    public void A_rule_without_lookarounds_runs_in_linear_time_whatever_the_load()
    {
        // (a+)+$ backtracks exponentially on 40 a's and a '!' (it timed out above on the backtracking engine); rules
        // without lookarounds or backreferences run on the linear-time engine, so the document is read, on any machine.
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", new string('a', 40) + "!\n\nThe text goes on.");
        var rules = BoilerplateRules.Defaults.With(BoilerplateRules.Parse("# custom\nline slow regex (a+)+$\n", "my-rules.txt"));
        var outcome = Assert.Single(Ingest(dir.Path, cleaning: CleaningOptions.Default with { Rules = rules }));
        Assert.Contains("The text goes on.", Assert.IsType<DocumentIngested>(outcome).Document.Text);
    }

    [Fact]
    public void A_file_that_changes_while_it_is_read_is_reported()
    {
        using var dir = TestEnvironment.CreateTempDir();
        var path = TestCorpus.Write(dir, "growing.txt", "First line.");
        var file = new CorpusFile("growing.txt", path, "growing", null, new GrowingReader());
        var ex = Assert.Throws<IngestException>(() => new DocumentBuilder(CleaningOptions.Default).Build(file));
        Assert.Contains("changed while it was being read", ex.Message);
    }

    // Reads the file, then appends to it: what a download still in progress does.
    private sealed class GrowingReader : IFormatReader
    {
        public string Format => "text";

        public RawDocument Read(string path, CancellationToken cancellationToken = default)
        {
            var raw = new PlainTextReader().Read(path, cancellationToken);
            File.AppendAllText(path, "\nMore text arriving.");
            return raw;
        }
    }

    [Fact]
    public void An_unsupported_meta_charset_falls_back_to_detection()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "page.html", "<html><head><meta charset=\"utf-7\"><title>T</title></head><body><p>基层治理 text.</p></body></html>");
        var document = TestCorpus.One(dir.Path);
        Assert.Equal("utf-8", document.Encoding);
        Assert.Equal("基层治理 text.", document.Paragraphs[0].Text);
    }
}

/// <summary>Encodings that used to be misread as GB18030 mojibake with exit code 0.</summary>
public class MisreadEncodingTests
{
    private const string Chinese = "社会治理是国家治理的重要方面。\n基层治理现代化。\n";

    [Theory]
    [InlineData("utf-16le")]
    [InlineData("utf-16be")]
    public void Utf16_without_a_byte_order_mark_is_detected(string name)
    {
        using var dir = TestEnvironment.CreateTempDir();
        var encoding = new UnicodeEncoding(name == "utf-16be", false);
        TestCorpus.Write(dir, "a.txt", encoding.GetBytes(Chinese));
        TestCorpus.Write(dir, "b.txt", encoding.GetBytes("Community governance (ASCII in UTF-16 has NUL bytes).\n"));
        var documents = TestCorpus.Ingest(dir.Path).Select(o => Assert.IsType<DocumentIngested>(o).Document).ToList();
        Assert.All(documents, d => Assert.Equal(name, d.Encoding));
        Assert.Equal(["社会治理是国家治理的重要方面。", "基层治理现代化。"], documents[0].Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void A_file_mixing_utf8_and_gbk_lines_is_decoded_line_by_line_and_says_so()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "a.txt", [.. Encoding.UTF8.GetBytes("社会治理是国家治理的重要方面。\n\n"), .. TestCorpus.Gbk.GetBytes("基层治理现代化。\n")]);
        var document = TestCorpus.One(dir.Path);
        Assert.Equal("utf-8+gb18030", document.Encoding);
        Assert.Equal(["社会治理是国家治理的重要方面。", "基层治理现代化。"], document.Paragraphs.Select(p => p.Text));
    }

    [Fact]
    public void Plain_gbk_and_ascii_are_still_what_they_were()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "g.txt", TestCorpus.Gbk.GetBytes(Chinese));
        TestCorpus.Write(dir, "u.txt", "ab cd ef gh\n");
        var documents = TestCorpus.Ingest(dir.Path).Select(o => Assert.IsType<DocumentIngested>(o).Document).ToList();
        Assert.Equal(["gb18030", "utf-8"], documents.Select(d => d.Encoding));
    }
}

/// <summary>Paragraph breaks that are not paragraph ends: a term across them used to be missed.</summary>
public class ParagraphBreakTests
{
    [Fact]
    public void A_short_mid_sentence_line_in_a_wrapped_block_joins_a_lowercase_continuation()
    {
        var text = TestCorpus.CleanText(
            "Party building guides grassroots social governance in many cities, and the",
            "model of overall and collaborative",
            "governance across districts in the province, which the reports describe well",
            "as the new model of the party's work in the communities of the city today.");
        Assert.Contains("overall and collaborative governance across districts", text);
        Assert.DoesNotContain("\n", text);
        // A short line that ends a sentence is still a paragraph end, even before a lowercase word.
        var separate = TestCorpus.CleanText(
            "Party building guides grassroots social governance in many cities, and the",
            "reports describe it.",
            "governance across districts in the province, which the reports describe well",
            "as the new model of the party's work in the communities of the city today.");
        Assert.Contains("describe it.\n\ngovernance across", separate);
    }

    [Fact]
    public void A_paragraph_break_inside_brackets_is_joined()
    {
        var text = TestCorpus.CleanText("细颗粒物（PM", "", "2.5）平均浓度下降。", "", "下一段。");
        Assert.Equal("细颗粒物（PM2.5）平均浓度下降。\n\n下一段。", text);
        // Closed brackets, or a closing bracket far into the next paragraph, do not join.
        Assert.Equal("（一）总体要求\n\n坚持党的领导。", TestCorpus.CleanText("（一）总体要求", "", "坚持党的领导。"));
    }
}
