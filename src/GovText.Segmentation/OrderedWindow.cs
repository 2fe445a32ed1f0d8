namespace GovText.Segmentation;

/// <summary>
/// Runs a function over a stream of items on the thread pool, a bounded number at a time, and hands the results
/// back in input order: parallel speed with sequential, deterministic output and bounded memory. The one ordered
/// parallel window of GovText (segmentation, ingestion, counting, concordances, topic corpora); it lives in the
/// segmenter library because that is the lowest layer every user references.
/// </summary>
/// <typeparam name="TIn">Input item.</typeparam>
/// <typeparam name="TOut">Result.</typeparam>
public sealed class OrderedWindow<TIn, TOut>
{
    private readonly Func<TIn, TOut> _work;
    private readonly Action<TOut> _consume;
    private readonly int _width;
    private readonly Queue<Task<TOut>> _pending = new();

    /// <summary>Creates the window.</summary>
    /// <param name="work">The per-item function (must be thread-safe).</param>
    /// <param name="consume">Receives results in input order, on the caller's thread.</param>
    /// <param name="width">How many items may be in flight.</param>
    public OrderedWindow(Func<TIn, TOut> work, Action<TOut> consume, int width)
    {
        _work = work;
        _consume = consume;
        _width = Math.Max(1, width);
    }

    /// <summary>Starts <paramref name="item"/>; consumes the oldest result first when the window is full.</summary>
    public void Add(TIn item)
    {
        _pending.Enqueue(Task.Run(() => _work(item)));
        if (_pending.Count >= _width) _consume(_pending.Dequeue().GetAwaiter().GetResult());
    }

    /// <summary>Waits for and consumes every result still in flight.</summary>
    public void Drain()
    {
        while (_pending.Count > 0) _consume(_pending.Dequeue().GetAwaiter().GetResult());
    }
}
