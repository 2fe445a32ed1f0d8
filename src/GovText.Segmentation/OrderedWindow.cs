namespace GovText.Segmentation;

/// <summary>
/// Runs a function over a stream of items on the thread pool, a bounded number at a time, and hands the results
/// back in input order: parallel speed with sequential, deterministic output and bounded memory. The one ordered
/// parallel window of GovText (segmentation, the document pass of ingestion and its stages, topic corpora); it lives
/// in the segmenter library because that is the lowest layer every user references.
/// </summary>
/// <typeparam name="TIn">Input item.</typeparam>
/// <typeparam name="TOut">Result.</typeparam>
public sealed class OrderedWindow<TIn, TOut>
{
    private readonly Func<TIn, TOut> _work;
    private readonly Action<TOut> _consume;
    private readonly int _width;
    private readonly TaskFactory _factory;
    private readonly Queue<Task<TOut>> _pending = new();

    /// <summary>Creates the window.</summary>
    /// <param name="work">The per-item function (must be thread-safe).</param>
    /// <param name="consume">Receives results in input order, on the caller's thread.</param>
    /// <param name="width">How many items may be in flight (started and not yet consumed).</param>
    /// <param name="concurrency">
    /// How many items may be worked on at the same moment; null for no limit beyond <paramref name="width"/>. A window
    /// wider than its concurrency lets the workers run ahead of a slow item at the head, which the caller must consume
    /// first, without running more threads than asked for (<c>--jobs</c>).
    /// </param>
    public OrderedWindow(Func<TIn, TOut> work, Action<TOut> consume, int width, int? concurrency = null)
    {
        _work = work;
        _consume = consume;
        _width = Math.Max(1, width);
        var scheduler = concurrency is { } limit && limit < _width
            ? new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, Math.Max(1, limit)).ConcurrentScheduler
            : TaskScheduler.Default;
        _factory = new TaskFactory(CancellationToken.None, TaskCreationOptions.DenyChildAttach, TaskContinuationOptions.None, scheduler);
    }

    /// <summary>Starts <paramref name="item"/>; consumes the oldest result first when the window is full.</summary>
    public void Add(TIn item)
    {
        _pending.Enqueue(_factory.StartNew(() => _work(item)));
        if (_pending.Count >= _width) _consume(_pending.Dequeue().GetAwaiter().GetResult());
    }

    /// <summary>Waits for and consumes every result still in flight.</summary>
    public void Drain()
    {
        while (_pending.Count > 0) _consume(_pending.Dequeue().GetAwaiter().GetResult());
    }

    /// <summary>
    /// Runs every item of <paramref name="items"/> through the window and consumes every result in input order. Stops
    /// early once <paramref name="stop"/> (asked after each result is consumed) returns true, dropping the results still in
    /// flight. No work outlives the call: on an error or a cancellation the items in flight are waited for and dropped
    /// before the exception propagates, so none of them touches what the caller disposes next.
    /// </summary>
    /// <param name="items">The input, in order.</param>
    /// <param name="cancellationToken">Stops between items.</param>
    /// <param name="stop">True when the caller wants no more results (a strict run after a failed file), or null.</param>
    public void Run(IEnumerable<TIn> items, CancellationToken cancellationToken = default, Func<bool>? stop = null)
    {
        try
        {
            foreach (var item in items)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Add(item);
                if (stop?.Invoke() == true)
                {
                    Discard();
                    return;
                }
            }
            while (_pending.Count > 0)
            {
                _consume(_pending.Dequeue().GetAwaiter().GetResult());
                if (stop?.Invoke() == true)
                {
                    Discard();
                    return;
                }
            }
        }
        catch
        {
            Discard();
            throw;
        }
    }

    // Waits for every item still in flight and drops its result and any error it raised.
    private void Discard()
    {
        while (_pending.Count > 0)
            ((Task)_pending.Dequeue()).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing).GetAwaiter().GetResult();
    }
}
