namespace GovText.Core.Cleaning;

/// <summary>What cleaning did to one document.</summary>
public sealed class CleaningReport
{
    private readonly SortedDictionary<string, int> _steps = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, int> _removedLinesByRule = new(StringComparer.Ordinal);
    private readonly List<CleaningEvent> _events = [];
    private readonly bool _explain;

    /// <summary>Creates an empty report; <paramref name="explain"/> keeps each change as an event.</summary>
    public CleaningReport(bool explain) => _explain = explain;

    /// <summary>Changes per step (characters fixed, lines removed, words joined, …), by step name.</summary>
    public IReadOnlyDictionary<string, int> Steps => _steps;

    /// <summary>Source lines removed per boilerplate rule id.</summary>
    public IReadOnlyDictionary<string, int> RemovedLinesByRule => _removedLinesByRule;

    /// <summary>Total source lines removed by boilerplate rules.</summary>
    public int RemovedLines { get; private set; }

    /// <summary>Every change, in the order made, when the report was created with explain on; else empty.</summary>
    public IReadOnlyList<CleaningEvent> Events => _events;

    /// <summary>Records <paramref name="count"/> changes by <paramref name="step"/> and, when explaining, the event.</summary>
    public void Record(string step, string rule, int line, string text, int count = 1)
    {
        _steps[step] = _steps.GetValueOrDefault(step) + count;
        if (_explain) _events.Add(new CleaningEvent(step, rule, line, text));
    }

    /// <summary>Records a source line removed by boilerplate rule <paramref name="rule"/>.</summary>
    public void RecordRemovedLine(string rule, int line, string text)
    {
        RemovedLines++;
        _removedLinesByRule[rule] = _removedLinesByRule.GetValueOrDefault(rule) + 1;
        Record(CleaningStep.Boilerplate, rule, line, text);
    }
}
