using GovText.Core.Cleaning;
using GovText.Core.Counting;
using GovText.Core.Ingestion;
using GovText.Core.Tests.Support;
using GovText.Tests;

namespace GovText.Core.Tests.Counting;

/// <summary>DocumentCounter computes stems only for lexicons that match on them; both kinds must count right.</summary>
public class DocumentCounterTests
{
    private const string Text = "Governments shape governance. Good governance needs governing bodies.";

    private static int Count(string yaml)
    {
        using var dir = TestEnvironment.CreateTempDir();
        File.WriteAllText(dir.File("paper.txt"), Text);
        var document = GovText.Core.Tests.Ingestion.TestCorpus.All(new CorpusIngestor(new IngestOptions(dir.Path, null, CleaningOptions.Default)))
            .OfType<DocumentIngested>().Single().Document;
        var lexicon = Lexicons.Parse(yaml).Compile();
        return new DocumentCounter(lexicon).Count(document).Matches.Count;
    }

    [Fact]
    public void A_plain_term_never_matches_government_and_needs_no_stems()
    {
        var yaml = "concepts:\n  - id: governance\n    label: { en: Governance, zh: 治理 }\n    terms:\n      en: [governance]\n";
        Assert.False(Lexicons.Parse(yaml).Compile().NeedsStems);
        Assert.Equal(2, Count(yaml));
    }

    [Fact]
    public void A_stem_term_gets_stemmed_tokens_and_matches_every_form_of_the_stem()
    {
        var yaml = "concepts:\n  - id: governance\n    label: { en: Governance, zh: 治理 }\n    terms:\n      en: [{ text: governance, stem: true }]\n";
        Assert.True(Lexicons.Parse(yaml).Compile().NeedsStems);
        // Governments, governance ×2, governing: all stem to "govern".
        Assert.Equal(4, Count(yaml));
    }
}
