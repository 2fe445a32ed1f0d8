namespace GovText.Topics.Corpus;

/// <summary>A stop-word list held as sets per language.</summary>
public sealed class StopWordSet : IStopWords
{
    private readonly Dictionary<string, HashSet<string>> _words;

    /// <summary>Creates the list from words per language.</summary>
    public StopWordSet(IReadOnlyDictionary<string, IEnumerable<string>> words, string description)
    {
        _words = words.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value, StringComparer.Ordinal), StringComparer.Ordinal);
        Description = description;
    }

    /// <summary>No stop words (<c>--stopwords none</c>).</summary>
    public static StopWordSet None { get; } = new(new Dictionary<string, IEnumerable<string>>(), "none");

    /// <inheritdoc />
    public string Description { get; }

    /// <inheritdoc />
    public bool Contains(string language, string token) => _words.TryGetValue(language, out var set) && set.Contains(token);
}
