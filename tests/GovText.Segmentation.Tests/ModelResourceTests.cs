using System.Diagnostics;
using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using GovText.Segmentation.Internal;
using GovText.Tests;

namespace GovText.Segmentation.Tests;

/// <summary>
/// The embedded models read in place (Internal/ModelResource.cs): the checks on a wrong resource, the copy taken when
/// the stream is not the assembly's memory, the values the converter precomputes, and the build-time hashes the run
/// record reports.
/// </summary>
public sealed class ModelResourceTests
{
    private static readonly Assembly Segmentation = typeof(Segmenter).Assembly;

    private static byte[] Embedded(string name)
    {
        using var stream = Segmentation.GetManifestResourceStream("GovText.Segmentation.Resources." + name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Theory]
    [InlineData("jieba-dict.bin")]
    [InlineData("jieba-hmm.bin")]
    public void TheBuildRecordsEachResourcesSha256(string name)
    {
        var recorded = Segmentation.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == name + ".sha256").Value;
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Embedded(name))), recorded);
    }

    [Fact]
    public void TheEmbeddedResourcesAreReadInPlace()
    {
        // The compiler places managed resources at 8-byte boundaries (4 in a composite ReadyToRun build's rewritten
        // assembly), and the reader takes any multiple of 4; were that to change, every process would copy each
        // model it loads (24 MB for the dictionary) instead of using it in place: correct, but no longer nearly free.
        Assert.True(ModelResource.Open(PrefixTrie.Format).InPlace);
        Assert.True(ModelResource.Open(HmmModel.Format).InPlace);
        Assert.True(ModelResource.Open(PossegModel.Format).InPlace);
        Assert.False(ModelResource.From(new MemoryStream(Embedded(HmmModel.ResourceName)), HmmModel.Format).InPlace);
    }

    [Fact]
    public void ACopiedResourceReadsAsTheMappedOne()
    {
        // A MemoryStream is not the assembly's memory: the reader copies it into aligned memory.
        var copy = PrefixTrie.Load(new MemoryStream(Embedded(PrefixTrie.ResourceName)));
        var mapped = JiebaModel.Trie;
        Assert.Equal(mapped.NodeCount, copy.NodeCount);
        Assert.Equal(mapped.Total, copy.Total);
        Assert.Equal(349045, copy.WordCount); // distinct words of dict.txt's 349,046 lines
        var node = copy.Find("长江大桥");
        Assert.Equal(mapped.Find("长江大桥"), node);
        Assert.Equal(3858, copy.Freq[node]);
        Assert.Equal("ns", copy.TagNames[copy.TagIndex[node]]);
        Assert.Equal(Math.Log(3858), copy.LogFreq[node]);
        Assert.True(mapped.Freq.SequenceEqual(copy.Freq));
        var hmm = HmmModel.Load(new MemoryStream(Embedded(HmmModel.ResourceName)));
        Assert.True(JiebaModel.Hmm.Emit.SequenceEqual(hmm.Emit));
    }

    [Fact]
    public void EveryNodesLogFrequencyIsTheRuntimesLogOfItsFrequency()
    {
        // The converter stores Python's math.log; the route adds them to the runtime's log(total), as jieba does.
        var trie = JiebaModel.Trie;
        var words = 0;
        for (var n = 0; n < trie.NodeCount; n++)
        {
            var f = trie.Freq[n];
            Assert.Equal(f > 1 ? Math.Log(f) : 0.0, trie.Nodes[n].LogFreq);
            Assert.Equal(f > 0, trie.Nodes[n].IsWord);
            if (f > 0) words++;
        }
        Assert.Equal(trie.WordCount, words);
    }

    [JiebaFact]
    public void TheIdfTableHoldsEveryWordOfIdfTxtWithItsValue()
    {
        // IDFLoader: for each of splitlines(), word, freq = line.strip().split(' '); idf_freq[word] = float(freq).
        var start = new ProcessStartInfo(TestEnvironment.JiebaPythonPath!, ["-c",
            "import jieba.analyse, os; print(os.path.join(os.path.dirname(jieba.analyse.__file__), 'idf.txt'))"])
        { RedirectStandardOutput = true };
        using var python = Process.Start(start)!;
        var path = python.StandardOutput.ReadToEnd().Trim();
        python.WaitForExit();
        var expected = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var line in File.ReadAllText(path).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Trim().Split(' ');
            expected[parts[0]] = double.Parse(parts[1], CultureInfo.InvariantCulture);
        }
        var idf = JiebaIdf.LoadFresh();
        Assert.Equal(expected.Count, idf.Count);
        foreach (var (word, value) in expected)
        {
            Assert.True(idf.TryGet(word, out var found), word);
            Assert.Equal(value, found);
        }
        var values = expected.Values.Order().ToList();
        Assert.Equal(values[values.Count / 2], idf.Median);
        Assert.False(idf.TryGet("治理现代化体系建设", out _));
        Assert.False(idf.TryGet("", out _));
    }

    [Fact]
    public void AWrongResourceIsRefusedNamingItAndTheFix()
    {
        var bytes = Embedded(PrefixTrie.ResourceName);
        var otherVersion = bytes.ToArray();
        otherVersion[4] = 2;
        var e = Assert.Throws<InvalidDataException>(() => PrefixTrie.Load(new MemoryStream(otherVersion)));
        Assert.Equal("The embedded model jieba-dict.bin has format version 2; this build reads version 3. "
            + "Regenerate it with tools/jieba-convert/convert.py.", e.Message);

        e = Assert.Throws<InvalidDataException>(() => PrefixTrie.Load(new MemoryStream(Embedded(HmmModel.ResourceName))));
        Assert.Equal("The embedded model jieba-dict.bin is not a GTJD resource; regenerate it with tools/jieba-convert/convert.py.", e.Message);

        // Cut short: a part no longer fits.
        e = Assert.Throws<InvalidDataException>(() => PrefixTrie.Load(new MemoryStream(bytes, 0, bytes.Length - 4096)));
        Assert.Equal("The embedded model jieba-dict.bin is corrupt; regenerate it with tools/jieba-convert/convert.py.", e.Message);
    }
}
