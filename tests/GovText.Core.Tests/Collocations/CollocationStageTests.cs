using GovText.Core.Results;
using GovText.Core.Cleaning;
using GovText.Core.Collocations;
using GovText.Core.Documents;
using GovText.Core.Ingestion;
using GovText.Core.StopWords;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;
using GovText.Core.Text;

namespace GovText.Core.Tests.Collocations;

public class CollocationStageTests
{
    // quanteda's own worked text (quanteda.textstats src/collocations.cpp), then two sentences whose
    // punctuation must break the runs: "capital gains tax" | "capital gains" | "tax gains".
    private const string Text =
        "A gains capital B C capital gains A B capital C capital gains tax gains tax gains B gains C capital gains tax. " +
        "Capital gains tax. Capital gains, tax gains.";

    // tests/reference/collocations_reference.py (brute-force match tables as quanteda counts them, fractions for E):
    // collocation, size, count, lambda, z, mi, t, g2.
    private static readonly (string, int, long, double, double, double, double, double)[] Expected =
    [
        ("c capital", 2, 3, 4.097672352314776, 2.4790136978023205, 2.37851162325373, 1.3989641138056317, 11.866495642274954),
        ("gains tax", 2, 4, 3.6109179126442243, 2.284431127961328, 1.7004397181410922, 1.3846153846153846, 11.23444225143292),
        ("capital gains", 2, 5, 1.7578579175523736, 1.9264825325020185, 0.8930847960834881, 1.032031374230672, 4.370007910613062),
        ("tax gains", 2, 3, 2.7343675094195836, 1.7364463523271827, 1.3785116232537298, 1.0658774200423862, 6.379326271269651),
        ("c capital gains", 3, 3, 2.133962380558253, 0.7097298604780765, 4.011972641666076, 1.6246922864385749, 20.73333680602073),
        ("gains tax gains", 3, 2, 1.1068090558722883, 0.39855147994391543, 3.748938235832282, 1.3090241238494764, 11.60657022657011),
        ("capital gains tax", 3, 3, 0.08515780834030684, 0.03370172437345646, 2.9188632372745946, 1.5030192958242325, 15.073070864965569),
    ];

    private static Document Ingest(TempDir dir, string text)
    {
        TestCorpus.Write(dir, "doc.txt", text);
        return TestCorpus.One(dir.Path, CleaningOptions.Default);
    }

    [Fact]
    public void Scores_equal_the_independent_worked_example()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        var stage = new CollocationStage(new CollocationOptions([2, 3], 2, null, StopWordList.None));
        { var d = Ingest(corpus, Text); stage.Process(d, DocumentRow.From(d, []))(); }
        stage.Finish(outDir.Path);

        Assert.Equal(Expected.Length, stage.Rows.Count);
        for (var i = 0; i < Expected.Length; i++)
        {
            var (collocation, size, count, lambda, z, mi, t, g2) = Expected[i];
            var row = stage.Rows[i];
            Assert.Equal(collocation, row.Collocation);
            Assert.Equal(size, row.Size);
            Assert.Equal(count, row.Count);
            Assert.Equal(lambda, row.Lambda, 1e-9);
            Assert.Equal(z, row.Z, 1e-9);
            Assert.Equal(mi, row.Mi, 1e-9);
            Assert.Equal(t, row.T, 1e-9);
            Assert.Equal(g2, row.G2, 1e-9);
            Assert.Equal(Language.English, row.Language);
        }
        var csv = File.ReadAllLines(Path.Combine(outDir.Path, CollocationStage.FileName));
        Assert.Equal("collocation,size,count,lambda,z,mi,t,g2,language", csv[0]);
        Assert.StartsWith("c capital,2,3,4.097672352315,2.479013697802,", csv[1]);
    }

    [Fact]
    public void Sequences_never_cross_sentences_punctuation_or_stop_words()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        var stage = new CollocationStage(new CollocationOptions([2], 1, null, StopWordList.Default));
        // jieba: 乡村 振兴 / 战略 ; the 的 (a stop word) and the comma and the full stop all break runs.
        { var d = Ingest(corpus, "乡村振兴战略。战略的实施，乡村振兴。"); stage.Process(d, DocumentRow.From(d, []))(); }
        stage.Finish(outDir.Path);
        var pairs = stage.Rows.Select(r => (r.Collocation, r.Count)).OrderBy(p => p.Collocation, StringComparer.Ordinal).ToList();
        Assert.Equal([("乡村 振兴", 2L), ("振兴 战略", 1L)], pairs);
        Assert.All(stage.Rows, r => Assert.Equal(Language.Chinese, r.Language));
    }

    [Fact]
    public void Groups_are_scored_separately()
    {
        using var corpus = TestEnvironment.CreateTempDir();
        using var outDir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(corpus, "a.txt", "Capital gains tax. Capital gains tax.");
        TestCorpus.Write(corpus, "b.txt", "Social governance community. Social governance.");
        TestCorpus.Write(corpus, "manifest.csv", "id,path,party\na,a.txt,x\nb,b.txt,y\n");
        var stage = new CollocationStage(new CollocationOptions([2], 2, "party", StopWordList.None));
        foreach (var outcome in TestCorpus.Ingest(corpus.Path, manifest: corpus.File("manifest.csv")))
            if (outcome is DocumentIngested { Document: var d }) stage.Process(d, DocumentRow.From(d, []))();
        stage.Finish(outDir.Path);
        Assert.Equal(["x capital gains 2", "x gains tax 2", "y social governance 2"],
            stage.Rows.Select(r => $"{r.Group} {r.Collocation} {r.Count}").ToList());
        Assert.Equal("group,collocation,size,count,lambda,z,mi,t,g2,language", File.ReadLines(Path.Combine(outDir.Path, CollocationStage.FileName)).First());
    }
}
