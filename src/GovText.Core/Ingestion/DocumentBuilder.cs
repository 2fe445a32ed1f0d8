using GovText.Core.Cleaning;
using GovText.Core.Corpus;
using GovText.Core.Documents;
using GovText.Core.Text;

namespace GovText.Core.Ingestion;

/// <summary>Turns one corpus file into a <see cref="Document"/>: read, clean, infer the year, split and tag.</summary>
public sealed class DocumentBuilder
{
    private readonly TextCleaner _cleaner;

    /// <summary>Creates a builder that cleans with <paramref name="cleaning"/>.</summary>
    public DocumentBuilder(CleaningOptions cleaning) => _cleaner = new TextCleaner(cleaning);

    /// <summary>Reads, cleans and assembles the document for <paramref name="file"/>.</summary>
    /// <exception cref="IngestException">The file cannot be read, crosses a limit, or changed while it was read.</exception>
    /// <exception cref="OperationCanceledException">The time budget ran out (<paramref name="cancellationToken"/>).</exception>
    public Document Build(CorpusFile file, CancellationToken cancellationToken = default)
    {
        if (file.Reader is null || file.Id is null) throw new ArgumentException($"{file.Path} has no reader; it is skipped, not built", nameof(file));
        // Checked again when it is read: the entry may have been replaced since the scan, and reading a FIFO waits forever.
        if (FileKind.Describe(file.FullPath) is { } kind) throw new IngestException($"not a regular file ({kind}): not read");
        var before = FileStamp.Of(file.FullPath);
        var raw = file.Reader.Read(file.FullPath, cancellationToken);
        var cleaned = _cleaner.Clean(raw, cancellationToken);
        // Text files are streamed while they are cleaned: a file changed meanwhile gives a text that never existed.
        if (FileStamp.Of(file.FullPath) != before)
            throw new IngestException("the file changed while it was being read (its size or modification time differs): run again when it is complete");
        if (cleaned.SourceLines == 0) throw new IngestException("empty file (only whitespace)");
        return Assemble(file, raw, cleaned);
    }

    /// <summary>
    /// The paragraphs of a cleaned text, split into sentences and language-tagged, with offsets into the text the
    /// paragraphs make joined by <see cref="Document.ParagraphSeparator"/> (also how a results folder's
    /// <c>text/</c> files are read back).
    /// </summary>
    /// <param name="texts">The cleaned paragraphs in order.</param>
    /// <param name="sentenceCount">The number of sentences.</param>
    public static Paragraph[] Split(IReadOnlyList<string> texts, out int sentenceCount) => Split(texts, out sentenceCount, out _);

    /// <summary>
    /// <see cref="Split(IReadOnlyList{string}, out int)"/>, also giving the script counts of the joined text. They are summed
    /// from the sentences' counts, which the language tags need anyway, so the text is walked once: sentences and the
    /// whitespace between them make up the paragraph, and no surrogate pair or Latin word crosses a sentence boundary
    /// (a boundary always has whitespace, an end mark or a closing bracket on one side), so the sums equal a count of
    /// the whole text; the whitespace adds only to the code points. DocumentBuilderTests checks this on the corpora.
    /// </summary>
    internal static Paragraph[] Split(IReadOnlyList<string> texts, out int sentenceCount, out ScriptCounts counts)
    {
        var paragraphs = new Paragraph[texts.Count];
        var offset = 0;
        var sentenceIndex = 0;
        var spans = new List<(int Start, int End)>();
        int chars = Math.Max(0, texts.Count - 1) * Document.ParagraphSeparator.Length, han = 0, words = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var text = texts[i];
            spans.Clear();
            SentenceSplitter.SplitInto(text, spans);
            var sentences = new Sentence[spans.Count];
            var covered = 0;
            for (var s = 0; s < spans.Count; s++)
            {
                var (start, end) = spans[s];
                var c = Script.Count(text.AsSpan(start, end - start));
                chars += c.Chars;
                han += c.Han;
                words += c.LatinWords;
                covered += end - start;
                sentences[s] = new Sentence(sentenceIndex++, offset + start, offset + end, LanguageTagger.Tag(c));
            }
            chars += text.Length - covered;
            paragraphs[i] = new Paragraph(i, offset, text, sentences);
            offset += text.Length + Document.ParagraphSeparator.Length;
        }
        sentenceCount = sentenceIndex;
        counts = new ScriptCounts(chars, han, words);
        return paragraphs;
    }

    /// <summary>Assembles a document from already cleaned text.</summary>
    public static Document Assemble(CorpusFile file, RawDocument raw, CleanedText cleaned)
    {
        var texts = new string[cleaned.Paragraphs.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = cleaned.Paragraphs[i].Text;
        var paragraphs = Split(texts, out var sentenceIndex, out var counts);
        var detected = LanguageTagger.TagDocument(counts.Han, counts.LatinWords);
        var entry = file.Entry;
        int? year = entry?.Year;
        string? yearSource = year is null ? null : "manifest";
        if (year is null && (year = YearInference.Infer(cleaned.Head)) is not null) yearSource = "inferred";

        return new Document(
            file.Id!,
            file.Path,
            entry?.Title ?? raw.Title,
            year,
            yearSource,
            entry?.Language ?? detected,
            raw.Encoding,
            entry?.Metadata ?? OrderedMetadata.Empty,
            paragraphs)
        {
            DetectedLanguage = detected,
            Format = raw.Format,
            Chars = counts.Chars,
            HanChars = counts.Han,
            LatinWords = counts.LatinWords,
            RemovedLines = cleaned.Report.RemovedLines,
            SentenceCount = sentenceIndex,
            Sha256 = raw.Sha256,
            Cleaning = cleaned.Report,
        };
    }
}
