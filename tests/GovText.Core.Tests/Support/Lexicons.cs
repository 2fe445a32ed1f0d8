using GovText.Core.Lexicon;
using GovText.Core.Matching;

namespace GovText.Core.Tests.Support;

/// <summary>Builds lexicons from YAML fixtures and runs the matcher over text tokenized by <see cref="TestTokenizer"/>.</summary>
internal static class Lexicons
{
    public static ConceptLexicon Parse(string yaml, LexiconFormat format = LexiconFormat.GovText, string file = "test.yml")
    {
        var result = ConceptLexicon.Parse(yaml, file, format);
        Assert.True(result.Lexicon is not null, string.Join("\n", result.Errors));
        return result.Lexicon!;
    }

    public static List<LexiconDiagnostic> Errors(string yaml, LexiconFormat format = LexiconFormat.GovText, string file = "test.yml")
    {
        var result = ConceptLexicon.Parse(yaml, file, format);
        Assert.Null(result.Lexicon);
        return [.. result.Errors];
    }

    public static List<ConceptMatch> Match(CompiledLexicon lexicon, string text, params string[] chineseWords) =>
        ConceptMatcher.Match(lexicon, TestTokenizer.Tokenize(text, chineseWords), text);

    /// <summary>Matches as "concept:matched text" strings, the most readable form for assertions.</summary>
    public static List<string> Hits(CompiledLexicon lexicon, string text, params string[] chineseWords) =>
        [.. Match(lexicon, text, chineseWords).Select(m => $"{m.ConceptId}:{m.MatchedText}")];
}
