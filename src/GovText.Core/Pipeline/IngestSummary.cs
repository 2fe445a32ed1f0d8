using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Core.Text;

namespace GovText.Core.Pipeline;

/// <summary>Totals of an ingestion run, for the end-of-run summary.</summary>
public sealed class IngestSummary
{
    private readonly SortedDictionary<Language, int> _languages = [];
    private readonly SortedDictionary<string, int> _steps = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _rules = new(StringComparer.Ordinal);
    private readonly List<IngestFailed> _failures = [];
    private readonly List<FileSkipped> _skipped = [];

    /// <summary>Documents read.</summary>
    public int Documents { get; private set; }

    /// <summary>Sentences over all documents.</summary>
    public long Sentences { get; private set; }

    /// <summary>Documents per language tag.</summary>
    public IReadOnlyDictionary<Language, int> Languages => _languages;

    /// <summary>Changes per cleaning step, over all documents.</summary>
    public IReadOnlyDictionary<string, int> CleaningSteps => _steps;

    /// <summary>Source lines removed per boilerplate rule, over all documents.</summary>
    public IReadOnlyDictionary<string, int> RemovedLinesByRule => _rules;

    /// <summary>Files that could not be read, in path order.</summary>
    public IReadOnlyList<IngestFailed> Failures => _failures;

    /// <summary>Files skipped for their format, in path order.</summary>
    public IReadOnlyList<FileSkipped> Skipped => _skipped;

    /// <summary>True when --strict stopped the run at a failure.</summary>
    public bool StoppedEarly { get; internal set; }

    /// <summary>Adds one outcome to the totals.</summary>
    public void Add(IngestOutcome outcome)
    {
        switch (outcome)
        {
            case DocumentIngested ingested:
                Add(ingested.Document);
                break;
            case IngestFailed failed:
                _failures.Add(failed);
                break;
            case FileSkipped skipped:
                _skipped.Add(skipped);
                break;
        }
    }

    private void Add(Document document)
    {
        Documents++;
        Sentences += document.SentenceCount;
        _languages[document.Language] = _languages.GetValueOrDefault(document.Language) + 1;
        foreach (var (step, count) in document.Cleaning.Steps) _steps[step] = _steps.GetValueOrDefault(step) + count;
        foreach (var (rule, count) in document.Cleaning.RemovedLinesByRule) _rules[rule] = _rules.GetValueOrDefault(rule) + count;
    }
}
