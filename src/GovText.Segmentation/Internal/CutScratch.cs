namespace GovText.Segmentation.Internal;

/// <summary>
/// Per-thread working arrays for the DAG, the route and the Viterbi lattice, reused across calls so the
/// hot path allocates nothing. A re-entrant cut (from inside a callback) gets a fresh instance.
/// </summary>
internal sealed class CutScratch
{
    [ThreadStatic] private static CutScratch? _cached;

    public double[] Prob = new double[256];
    public int[] Next = new int[256];
    public int[] DagStart = new int[256];
    public int[] CandEnd = new int[256];
    public double[] CandLog = new double[256];
    public double[] Lattice = new double[1024];
    public byte[] Back = new byte[1024];
    public char[] Chars = new char[64];

    public static CutScratch Rent()
    {
        var s = _cached;
        _cached = null;
        return s ?? new CutScratch();
    }

    public static void Return(CutScratch s)
    {
        // Keep one instance per thread, but not one grown to a pathological megabyte-long block.
        if (s.Prob.Length <= 1 << 16 && s.CandEnd.Length <= 1 << 18) _cached = s;
    }

    public void EnsureBlock(int n)
    {
        if (Prob.Length > n) return;
        var size = Math.Max(n + 1, Prob.Length * 2);
        Prob = new double[size];
        Next = new int[size];
        DagStart = new int[size];
    }

    public void EnsureCandidates(int n)
    {
        if (CandEnd.Length >= n) return;
        var size = Math.Max(n, CandEnd.Length * 2);
        Array.Resize(ref CandEnd, size);
        Array.Resize(ref CandLog, size);
    }

    public void EnsureLattice(int n)
    {
        if (Lattice.Length >= n * 4) return;
        var size = Math.Max(n * 4, Lattice.Length * 2);
        Lattice = new double[size];
        Back = new byte[size];
    }

    public void EnsureChars(int n)
    {
        if (Chars.Length < n) Array.Resize(ref Chars, Math.Max(n, Chars.Length * 2));
    }
}
