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

    /// <summary>Every sentence of <paramref name="document"/> with its word tokens (offsets into <see cref="Document.Text"/>).</summary>
    public List<TokenSentence> Tokenize(Document document)
    {
        var result = new List<TokenSentence>(document.SentenceCount);
        foreach (var paragraph in document.Paragraphs)
        {
            var tokens = _tokenizer.Tokenize(paragraph.Text, paragraph.Start);
            var next = 0;
            var sentences = paragraph.Sentences;
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                var last = s == sentences.Count - 1;
                var inSentence = new List<AnalysisToken>();
                // A token belongs to the sentence its first character is in; the last sentence takes any remainder.
                while (next < tokens.Count && (last || tokens[next].Start < sentence.End)) inSentence.Add(tokens[next++]);
                result.Add(new TokenSentence(sentence.Index, paragraph.Index, inSentence));
            }
        }
        return result;
    }
}
