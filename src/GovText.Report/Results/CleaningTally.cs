using GovText.Core.Results;

namespace GovText.Report.Results;

/// <summary>Changes per cleaning step and rule (<c>cleaning_log.csv</c>), and the documents each touched, added document by document.</summary>
internal sealed class CleaningTally
{
    private readonly SortedDictionary<(string Step, string Rule), (int Changes, int Documents)> _steps =
        new(Comparer<(string Step, string Rule)>.Create((a, b) =>
            string.CompareOrdinal(a.Step, b.Step) is var c and not 0 ? c : string.CompareOrdinal(a.Rule, b.Rule)));

    /// <summary>(step, rule) → changes and documents, ordinal order of step, then rule.</summary>
    public IReadOnlyDictionary<(string Step, string Rule), (int Changes, int Documents)> Steps => _steps;

    /// <summary>Adds one document's rows (all of them: the log lists a document's changes together).</summary>
    public void Add(IReadOnlyList<CleaningLogRow> rows)
    {
        foreach (var group in rows.GroupBy(r => (r.Step, r.Rule)))
        {
            var (changes, documents) = _steps.GetValueOrDefault(group.Key);
            _steps[group.Key] = (changes + group.Count(), documents + 1);
        }
    }
}
