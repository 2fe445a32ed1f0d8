using GovText.Core.Text;

namespace GovText.Report.Results;

/// <summary>Sizes summed over a set of documents (the corpus, a year, a language), added one document at a time.</summary>
internal sealed class DocumentTally
{
    private readonly SortedDictionary<Language, int> _languages = [];

    public int Documents { get; private set; }

    public long Chars { get; private set; }

    public long HanChars { get; private set; }

    public long LatinWords { get; private set; }

    public long Paragraphs { get; private set; }

    public long Sentences { get; private set; }

    /// <summary>Documents per language tag, in the order of the codes.</summary>
    public IReadOnlyDictionary<Language, int> Languages => _languages;

    public void Add(Core.Results.DocumentRow document)
    {
        Documents++;
        Chars += document.Chars;
        HanChars += document.HanChars;
        LatinWords += document.LatinWords;
        Paragraphs += document.Paragraphs;
        Sentences += document.Sentences;
        _languages[document.Language] = _languages.GetValueOrDefault(document.Language) + 1;
    }
}
