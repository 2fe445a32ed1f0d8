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
    public static Paragraph[] Split(IReadOnlyList<string> texts, out int sentenceCount)
    {
        var paragraphs = new Paragraph[texts.Count];
        var offset = 0;
        var sentenceIndex = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            var spans = SentenceSplitter.Split(texts[i]);
            var sentences = new Sentence[spans.Count];
            for (var s = 0; s < spans.Count; s++)
            {
                var (start, end) = spans[s];
                var language = LanguageTagger.TagSentence(texts[i].AsSpan(start, end - start));
                sentences[s] = new Sentence(sentenceIndex++, offset + start, offset + end, language);
            }
            paragraphs[i] = new Paragraph(i, offset, texts[i], sentences);
            offset += texts[i].Length + Document.ParagraphSeparator.Length;
        }
        sentenceCount = sentenceIndex;
        return paragraphs;
    }

    /// <summary>Assembles a document from already cleaned text.</summary>
    public static Document Assemble(CorpusFile file, RawDocument raw, CleanedText cleaned)
    {
        var texts = cleaned.Paragraphs.Select(p => p.Text).ToArray();
        var paragraphs = Split(texts, out var sentenceIndex);

        // Counted paragraph by paragraph (plus the separators' code points) so the joined text need not exist.
        var counts = new ScriptCounts(Math.Max(0, texts.Length - 1) * Document.ParagraphSeparator.Length, 0, 0);
        foreach (var t in texts)
        {
            var c = Script.Count(t);
            counts = new ScriptCounts(counts.Chars + c.Chars, counts.Han + c.Han, counts.LatinWords + c.LatinWords);
        }
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
