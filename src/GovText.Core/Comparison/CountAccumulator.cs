using GovText.Core.Errors;
using GovText.Core.Text;

namespace GovText.Core.Comparison;

/// <summary>
/// Everything the comparisons and charts need from a count run, accumulated document by document: concept counts per
/// group (and per year for the trend), the keyness sides, co-mention units and matches per concept. Memory grows with
/// concepts × groups and with the vocabulary (word keyness only), never with the number of documents or matches.
/// The accumulator of two disjoint sets of documents, merged, equals the accumulator of their union
/// (<see cref="Merge"/>), so shards can be counted apart and added up.
/// </summary>
public sealed class CountAccumulator
{
    private readonly List<ConceptInfo> _concepts = [];
    private readonly Dictionary<string, ConceptInfo> _conceptById = new(StringComparer.Ordinal);
    private readonly SortedSet<Language> _languages = [];
    private readonly Dictionary<string, int> _matches = new(StringComparer.Ordinal);

    /// <summary>Plans the accumulation for documents with columns <paramref name="documentColumns"/>.</summary>
    /// <exception cref="ConfigurationException">The grouping or a filter column is not a document column, a reference
    /// is given without a target, or the word-keyness minimum is below 1.</exception>
    public CountAccumulator(IReadOnlyList<string> documentColumns, ComparisonOptions options)
    {
        DocumentColumns = documentColumns;
        Options = options;
        if (!documentColumns.Contains(options.By, StringComparer.Ordinal))
            throw ConfigurationException.ForSetting("by",
                $"cannot group by '{options.By}': documents.csv has no such column; columns are: {string.Join(", ", documentColumns)}");
        if (options.Target is null && options.Reference is not null)
            throw new ConfigurationException($"reference '{options.Reference.Text}' needs a target to compare it with");
        if (options.MinCount < 1)
            throw new ConfigurationException($"the minimum count for word keyness must be at least 1 (got {options.MinCount})");
        options.Target?.Validate(documentColumns, "target");
        options.Reference?.Validate(documentColumns, "reference");

        Groups = new GroupSums(options.By);
        if (options.By != "year" && documentColumns.Contains("year", StringComparer.Ordinal)) YearGroups = new GroupSums("year");
        if (options.Target is not null) Keyness = new KeynessCounts(options.Target, options.Reference);
    }

    /// <summary>The columns of <c>documents.csv</c>.</summary>
    public IReadOnlyList<string> DocumentColumns { get; }

    /// <summary>What is compared.</summary>
    public ComparisonOptions Options { get; }

    /// <summary>Documents added.</summary>
    public int Documents { get; private set; }

    /// <summary>Concepts in lexicon order: the order of first appearance in the count rows.</summary>
    public IReadOnlyList<ConceptInfo> Concepts => _concepts;

    /// <summary>Token languages with counts (<c>en</c>, <c>zh</c>), ordinal order.</summary>
    public IReadOnlyList<Language> Languages => [.. _languages];

    /// <summary>Sums per group of <see cref="ComparisonOptions.By"/>.</summary>
    public GroupSums Groups { get; }

    /// <summary>Sums per year for the trend chart, when grouping by another column and documents have a year column.</summary>
    public GroupSums? YearGroups { get; }

    /// <summary>The keyness sides, when a target is set.</summary>
    public KeynessCounts? Keyness { get; }

    /// <summary>True when the documents' word frequencies are needed (word keyness); otherwise they may be left out.</summary>
    public bool NeedsWords => Keyness is not null;

    /// <summary>Co-mention units.</summary>
    public CoMentions CoMentions { get; } = new();

    /// <summary>Direct matches per concept id (the network's node sizes).</summary>
    public IReadOnlyDictionary<string, int> MatchesPerConcept => _matches;

    /// <summary>Adds one document (documents in document order).</summary>
    public void Add(CountedDocument document)
    {
        Documents++;
        foreach (var row in document.Counts)
        {
            if (!_conceptById.ContainsKey(row.ConceptId)) AddConcept(new ConceptInfo(row.ConceptId, row.ConceptEn, row.ConceptZh, 0));
            _languages.Add(row.Language);
        }
        foreach (var m in document.Matches) _matches[m.ConceptId] = _matches.GetValueOrDefault(m.ConceptId) + 1;
        Groups.Add(document);
        YearGroups?.Add(document);
        Keyness?.Add(document);
        CoMentions.Add(document);
    }

    /// <summary>Adds <paramref name="later"/>, an accumulator of other documents that come after these, with the same plan.</summary>
    /// <exception cref="ArgumentException">The two were planned with different columns or comparison options.</exception>
    public void Merge(CountAccumulator later)
    {
        if (!DocumentColumns.SequenceEqual(later.DocumentColumns, StringComparer.Ordinal) || Options.By != later.Options.By ||
            Options.Target?.Text != later.Options.Target?.Text || Options.Reference?.Text != later.Options.Reference?.Text)
            throw new ArgumentException("accumulators with different document columns or comparison options cannot be merged", nameof(later));
        Documents += later.Documents;
        foreach (var c in later._concepts)
            if (!_conceptById.ContainsKey(c.Id)) AddConcept(c);
        _languages.UnionWith(later._languages);
        foreach (var (k, v) in later._matches) _matches[k] = _matches.GetValueOrDefault(k) + v;
        Groups.Merge(later.Groups);
        if (YearGroups is not null) YearGroups.Merge(later.YearGroups!);
        Keyness?.Merge(later.Keyness!);
        CoMentions.Merge(later.CoMentions);
    }

    private void AddConcept(ConceptInfo concept)
    {
        var info = concept with { Order = _concepts.Count };
        _concepts.Add(info);
        _conceptById[info.Id] = info;
    }
}
