using BenchmarkDotNet.Attributes;
using GovText.Segmentation;
using GovText.Segmentation.Internal;

/// <summary>
/// Loading the embedded jieba models anew, as every process that segments pays once: the prefix dictionary with the
/// finalseg HMM (every <c>segment</c>, <c>count</c> and <c>analyze</c>), the posseg model (<c>segment --pos</c>) and the
/// IDF table (keywords with jieba's IDF). In-process figures: they leave out what a fresh process pays on top (JIT
/// compilation of the loaders, first touches of the assembly's pages), which the whole-process timings in
/// docs/performance.md include.
/// </summary>
[MemoryDiagnoser]
public class ModelLoadBenchmarks
{
    /// <summary>The prefix dictionary and the finalseg HMM.</summary>
    [Benchmark(Baseline = true)]
    public int Dictionary()
    {
        var (trie, hmm) = JiebaModel.LoadFresh();
        return trie.NodeCount + hmm.Emit.Length;
    }

    /// <summary>The posseg HMM.</summary>
    [Benchmark]
    public int Posseg() => PossegModel.LoadFresh().Count;

    /// <summary>jieba.analyse's IDF table.</summary>
    [Benchmark]
    public int Idf() => JiebaIdf.LoadFresh().Count;
}
