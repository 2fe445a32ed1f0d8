using GovText.Core.Documents;
using GovText.Core.Results;

namespace GovText.Core.Pipeline;

/// <summary>
/// A stage of <see cref="AnalysisPipeline"/> after ingestion: it sees each document once and writes its outputs when the
/// corpus is done. Its work on a document has two parts: <see cref="Process"/> runs on the worker that ingested the
/// document, concurrently with other documents, and returns what must happen in document order, which the pipeline runs on
/// one thread in ordinal path order. So a run on N cores keeps N workers busy from reading a file to its formatted output
/// rows, and the ordered part is only appending. Stages must not keep every document in memory.
/// </summary>
public interface IDocumentStage
{
    /// <summary>A short name for summaries.</summary>
    string Name { get; }

    /// <summary>
    /// Does this stage's per-document work on one ingested document and its row of documents.csv. Called on a worker
    /// thread, concurrently for other documents and in no particular order, so it must be thread-safe and must not depend
    /// on other documents.
    /// </summary>
    /// <returns>The rest of the work, which the pipeline calls in document order on one thread (it may never be called, when a
    /// strict run stops at a failed file before this document).</returns>
    Action Process(Document document, DocumentRow row);

    /// <summary>Writes the stage's outputs into <paramref name="outDir"/> and returns their paths.</summary>
    IReadOnlyList<string> Finish(string outDir);
}
