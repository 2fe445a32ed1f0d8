using GovText.Core.Documents;
using GovText.Core.Results;

namespace GovText.Core.Pipeline;

/// <summary>
/// A stage of <see cref="AnalysisPipeline"/> after ingestion: it sees each document once, in ordinal path
/// order, and writes its outputs when the corpus is done. Stages must not keep every document in memory.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short name for summaries.</summary>
    string Name { get; }

    /// <summary>Takes one ingested document and its row of documents.csv.</summary>
    void Accept(Document document, DocumentRow row);

    /// <summary>Writes the stage's outputs into <paramref name="outDir"/> and returns their paths.</summary>
    IReadOnlyList<string> Finish(string outDir);
}
