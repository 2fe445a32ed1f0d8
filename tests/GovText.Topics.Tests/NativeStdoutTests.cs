using GovText.Tests;
using GovText.Topics.Corpus;
using GovText.Topics.Lda;
using GovText.Core.Text;

namespace GovText.Topics.Tests;

public sealed class NativeStdoutTests
{
    [Fact]
    public void LightLDA_prints_nothing_to_stdout()
    {
        if (!OperatingSystem.IsLinux()) return;
        var planted = new PlantedCorpus(PlantedCorpus.EnglishTopics(2, 10), 20, 40, Language.English);
        var corpus = VocabularyBuilder.Build(planted.Corpus, Language.English, new VocabularyOptions(1, 1.0));
        using var dir = TestEnvironment.CreateTempDir();

        // Control: without the guard the native sampler does write to descriptor 1, so the check below can fail.
        var unguarded = Path.Combine(dir.Path, "unguarded.txt");
        NativeStdout.Enabled = false;
        try
        {
            NativeStdout.RedirectTo(unguarded, () => LdaFitter.Fit(corpus, new LdaOptions(2, Iterations: 10)));
        }
        finally
        {
            NativeStdout.Enabled = true;
        }
        Assert.Contains("loglikelihood", File.ReadAllText(unguarded));

        var guarded = Path.Combine(dir.Path, "guarded.txt");
        NativeStdout.RedirectTo(guarded, () => LdaFitter.Fit(corpus, new LdaOptions(2, Iterations: 10)));
        Assert.Equal("", File.ReadAllText(guarded));
    }
}
