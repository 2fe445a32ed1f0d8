namespace GovText.Core.Collocations;

/// <summary>
/// The n-gram windows of one size in one group: every sequence's count, the count of each word at each
/// position and (for trigrams) of each word pair at each pair of positions, from which the exact 2^n match
/// table of any sequence follows by inclusion–exclusion (no pass over all other sequences, as quanteda makes).
/// </summary>
internal sealed class SequenceCounts(int size)
{
    private readonly Dictionary<(int, int, int), long> _sequences = [];
    private readonly Dictionary<(int Position, int Word), long> _positions = [];
    private readonly Dictionary<(int Pair, int First, int Second), long> _pairs = [];

    public int Size { get; } = size;

    /// <summary>N: all windows counted.</summary>
    public long Windows { get; private set; }

    public IReadOnlyDictionary<(int, int, int), long> Sequences => _sequences;

    /// <summary>Counts every window of <see cref="Size"/> words in a run of eligible words.</summary>
    public void AddRun(IReadOnlyList<int> run)
    {
        for (var i = 0; i + Size <= run.Count; i++)
        {
            var key = (run[i], run[i + 1], Size == 3 ? run[i + 2] : -1);
            _sequences[key] = _sequences.GetValueOrDefault(key) + 1;
            for (var p = 0; p < Size; p++) Increment(_positions, (p, run[i + p]));
            if (Size == 3)
            {
                Increment(_pairs, (0, run[i], run[i + 1]));
                Increment(_pairs, (1, run[i + 1], run[i + 2]));
                Increment(_pairs, (2, run[i], run[i + 2]));
            }
            Windows++;
        }
    }

    /// <summary>The word's windows at a position (the table's margins).</summary>
    public long AtPosition(int position, int word) => _positions.GetValueOrDefault((position, word));

    /// <summary>The exact match-pattern cells of a sequence (bit i set: position i matches).</summary>
    public long[] Cells((int, int, int) sequence)
    {
        int[] words = Size == 3 ? [sequence.Item1, sequence.Item2, sequence.Item3] : [sequence.Item1, sequence.Item2];
        var cells = new long[1 << Size];
        // at least(S): windows matching at every position of S; exact(S) = Σ_{T ⊇ S} (−1)^|T∖S| atLeast(T).
        var atLeast = new long[1 << Size];
        for (var s = 0; s < atLeast.Length; s++) atLeast[s] = AtLeast(s, words, sequence);
        for (var s = 0; s < cells.Length; s++)
        {
            long sum = 0;
            for (var t = 0; t < atLeast.Length; t++)
            {
                if ((t & s) != s) continue;
                sum += System.Numerics.BitOperations.PopCount((uint)(t & ~s)) % 2 == 0 ? atLeast[t] : -atLeast[t];
            }
            cells[s] = sum;
        }
        return cells;
    }

    private long AtLeast(int set, int[] words, (int, int, int) sequence)
    {
        switch (System.Numerics.BitOperations.PopCount((uint)set))
        {
            case 0: return Windows;
            case 1: return AtPosition(System.Numerics.BitOperations.TrailingZeroCount(set), words[System.Numerics.BitOperations.TrailingZeroCount(set)]);
        }
        if (set == (1 << Size) - 1) return _sequences.GetValueOrDefault(sequence);
        return set switch
        {
            0b011 => _pairs.GetValueOrDefault((0, words[0], words[1])),
            0b110 => _pairs.GetValueOrDefault((1, words[1], words[2])),
            _ => _pairs.GetValueOrDefault((2, words[0], words[2])),
        };
    }

    private static void Increment<TKey>(Dictionary<TKey, long> counts, TKey key) where TKey : notnull =>
        counts[key] = counts.GetValueOrDefault(key) + 1;
}
