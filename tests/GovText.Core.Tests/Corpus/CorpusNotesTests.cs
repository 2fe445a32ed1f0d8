using GovText.Core.Ingestion;
using GovText.Core.Tests.Ingestion;
using GovText.Tests;

namespace GovText.Core.Tests.Corpus;

public class CorpusNotesTests
{
    [Fact]
    public void Unlisted_readme_source_and_licence_files_are_skipped_with_the_reason_and_take_no_id()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "SOURCE.md", "# Where these reports come from\nDownloaded 2024-05-01.");
        TestCorpus.Write(dir, "sub/readme.txt", "notes");
        TestCorpus.Write(dir, "LICENSE", "MIT");
        TestCorpus.Write(dir, "source-of-power.txt", "A paper whose name only starts like a note.");

        var outcomes = TestCorpus.Ingest(dir.Path);

        var read = outcomes.OfType<DocumentIngested>().Select(d => d.Document.Id).ToList();
        Assert.Equal(["source-of-power"], read);
        var skipped = outcomes.OfType<FileSkipped>().ToDictionary(s => s.Path, s => s.Reason);
        Assert.Equal(["LICENSE", "SOURCE.md", "sub/readme.txt"], skipped.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("corpus documentation", skipped["SOURCE.md"]);
        Assert.StartsWith("corpus documentation", skipped["sub/readme.txt"]);
    }

    [Fact]
    public void A_note_the_manifest_lists_is_read_as_a_document()
    {
        using var dir = TestEnvironment.CreateTempDir();
        TestCorpus.Write(dir, "README.md", "This file is a document of the corpus on purpose.");
        var manifest = TestCorpus.Write(dir, "manifest.csv", "id,path\nreadme-doc,README.md\n");

        var outcomes = TestCorpus.Ingest(dir.Path, manifest: manifest);

        Assert.Equal("readme-doc", Assert.Single(outcomes.OfType<DocumentIngested>()).Document.Id);
        Assert.Empty(outcomes.OfType<FileSkipped>());
    }
}
