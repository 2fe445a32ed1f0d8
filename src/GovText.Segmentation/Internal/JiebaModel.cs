using System.Reflection;

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
    internal static (PrefixTrie Trie, HmmModel Hmm) LoadFresh()
    {
        var assembly = typeof(JiebaModel).Assembly;
        using var dict = Open(assembly, "jieba-dict.bin.gz");
        using var hmm = Open(assembly, "jieba-hmm.bin.gz");
        return (PrefixTrie.Load(dict), HmmModel.Load(hmm));
    }

    private static Stream Open(Assembly assembly, string name) =>
        assembly.GetManifestResourceStream("GovText.Segmentation.Resources." + name)
        ?? throw new InvalidOperationException("Embedded resource " + name + " is missing from " + assembly.GetName().Name + ".");
}
