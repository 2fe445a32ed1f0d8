namespace GovText.Segmentation.Internal;

/// <summary>The embedded jieba 0.42.1 model, loaded once per process and shared by every segmenter.</summary>
internal static class JiebaModel
{
    private static readonly Lazy<(PrefixTrie Trie, HmmModel Hmm)> Model = new(LoadFresh, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The base prefix dictionary.</summary>
    public static PrefixTrie Trie => Model.Value.Trie;

    /// <summary>The finalseg HMM.</summary>
    public static HmmModel Hmm => Model.Value.Hmm;

    /// <summary>Loads the model anew from the embedded resources, bypassing the shared instance (the load benchmark times this).</summary>
    internal static (PrefixTrie Trie, HmmModel Hmm) LoadFresh() => (PrefixTrie.LoadEmbedded(), HmmModel.LoadEmbedded());
}
