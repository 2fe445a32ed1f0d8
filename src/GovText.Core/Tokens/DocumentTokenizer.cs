using GovText.Core.Documents;
using GovText.Core.Matching;
using GovText.Segmentation;

namespace GovText.Core.Tokens;

/// <summary>
/// The token stage: a cleaned document becomes sentences of word tokens. Each paragraph is segmented as a
/// whole (so Chinese comes out exactly as jieba cuts that paragraph line) and its tokens are then assigned to
/// sentences by offset. Thread-safe.
/// </summary>
public sealed class DocumentTokenizer
{
    private readonly AnalysisTokenizer _tokenizer;

    /// <summary>Creates the stage over a segmenter (with whatever user words the run added to it).</summary>
    /// <param name="segmenter">The jieba-exact segmenter.</param>
    /// <param name="stems">Whether tokens need Snowball stems (only for lexicons with <c>stem: true</c> terms).</param>
    public DocumentTokenizer(Segmenter segmenter, bool stems) => _tokenizer = new AnalysisTokenizer(segmenter, stems);

    /// <summary>
    /// Every sentence of <paramref name="document"/> with its word tokens (offsets into <see cref="Document.Text"/>).
    /// The sentences are slices of one array of the document's tokens, which the caller may keep.
    /// </summary>
    public List<TokenSentence> Tokenize(Document document)
    {
        var buffer = DocumentTokens.ForThisThread();
        try
        {
            Tokenize(document, buffer);
            var tokens = buffer.Tokens.ToArray();
            var result = new List<TokenSentence>(buffer.Sentences.Count);
            foreach (var s in buffer.Sentences)
                result.Add(new TokenSentence(s.Index, s.Paragraph, new ReadOnlyMemory<AnalysisToken>(tokens, s.First, s.Count)));
            return result;
        }
        finally
        {
            buffer.Release();
        }
    }

    /// <summary>Tokenizes <paramref name="document"/> into <paramref name="into"/>, replacing what it held.</summary>
    internal void Tokenize(Document document, DocumentTokens into)
    {
        into.Clear();
        var tokens = into.Tokens;
        foreach (var paragraph in document.Paragraphs)
        {
            var next = tokens.Count;
            _tokenizer.Tokenize(paragraph.Text, paragraph.Start, tokens);
            var end = tokens.Count;
            var added = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens);
            var sentences = paragraph.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                var last = s == sentences.Count - 1;
                var first = next;
                // A token belongs to the sentence its first character is in; the last sentence takes any remainder.
                if (last) next = end;
                else while (next < end && added[next].Start < sentence.End) next++;
                into.Sentences.Add(new SentenceRange(sentence.Index, paragraph.Index, first, next - first));
            }
        }
    }
}
