namespace GovText.Report.Results;

/// <summary>Sizes summed over a set of documents (the corpus, a year, a language), added one document at a time.</summary>
internal sealed class DocumentTally
{
    private readonly SortedDictionary<string, int> _languages = new(StringComparer.Ordinal);

    public int Documents { get; private set; }

    public long Chars { get; private set; }

    public long HanChars { get; private set; }

    public long LatinWords { get; private set; }

    public long Paragraphs { get; private set; }

    public long Sentences { get; private set; }

    /// <summary>Documents per language (<c>unknown</c> when documents.csv has none), ordinal order.</summary>
    public IReadOnlyDictionary<string, int> Languages => _languages;

    public void Add(Core.Results.DocumentRow document, string language)
    {
        Documents++;
        Chars += document.Chars;
        HanChars += document.HanChars;
        LatinWords += document.LatinWords;
        Paragraphs += document.Paragraphs;
        Sentences += document.Sentences;
        _languages[language] = _languages.GetValueOrDefault(language) + 1;
    }
}
