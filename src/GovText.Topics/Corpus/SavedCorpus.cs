using System.Text;
using GovText.Core.Cleaning;
using GovText.Core.Documents;
using GovText.Core.Errors;
using GovText.Core.Ingestion;
using GovText.Core.Pipeline;
using GovText.Core.Results;

namespace GovText.Topics.Corpus;

/// <summary>
/// The documents of an earlier run read back from its results folder (<c>documents.csv</c> and <c>text/</c>), so a
/// model can be fitted without ingesting the corpus again (<c>topics --from</c>, <c>clusters --from</c>). The cleaned
/// text is split into paragraphs and sentences and tagged exactly as ingestion did, so the stages see the same tokens.
/// </summary>
public static class SavedCorpus
{
    /// <summary>
    /// Hands every document of <paramref name="folder"/> to <paramref name="stage"/>, in <c>documents.csv</c> order (the
    /// fresh run's order). Only what the text and <c>documents.csv</c> hold is restored: identity, year, language,
    /// manifest columns and the text; the source format and the cleaning report are not in a results folder.
    /// </summary>
    /// <returns>The number of documents read.</returns>
    /// <exception cref="ConfigurationException">The folder, <c>documents.csv</c> or a document's text file is missing.</exception>
    /// <param name="folder">The results folder.</param>
    /// <param name="stage">The stage to hand the documents to.</param>
    /// <param name="parallelism">Documents restored and processed at once, as in the document pass.</param>
    /// <param name="cancellationToken">Stops between documents.</param>
    public static int Replay(string folder, IDocumentStage stage, int parallelism = 1, CancellationToken cancellationToken = default)
    {
        if (!Directory.Exists(folder))
            throw new ConfigurationException($"results folder '{folder}' does not exist; ingest or count a corpus into it first");
        var path = Path.Combine(folder, ResultFiles.Documents);
        if (!File.Exists(path))
            throw new ConfigurationException($"{ResultFiles.Documents} is missing in '{folder}'; it is written when ingesting a corpus (govtext ingest, count, analyze, topics)");
        using var documents = DocumentsTable.Open(path);
        var read = 0;
        var jobs = Math.Max(1, parallelism);
        // The same shape as the document pass: each document's own work on a worker, the stage's ordered part here.
        var window = new Segmentation.OrderedWindow<DocumentRow, Action>(row => stage.Process(Restore(folder, row), row), then =>
        {
            then();
            read++;
        }, width: 2 * jobs, concurrency: jobs);
        window.Run(documents.Rows(), cancellationToken);
        stage.Finish(folder);
        return read;
    }

    private static Document Restore(string folder, DocumentRow row)
    {
        var textPath = Path.Combine(folder, ResultFiles.TextFolder, row.DocId + ".txt");
        if (!File.Exists(textPath))
            throw new ConfigurationException($"the text of document '{row.DocId}' is missing ({ResultFiles.TextFolder}/{row.DocId}.txt); " +
                                             "the folder is incomplete: ingest the corpus into it again", textPath);
        var text = File.ReadAllText(textPath, new UTF8Encoding(false));
        var paragraphs = DocumentBuilder.Split(text.Length == 0 ? [] : text.Split(Document.ParagraphSeparator), out var sentences);
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in row.Metadata) metadata[key] = value;
        return new Document(row.DocId, row.Path, row.Title.Length == 0 ? null : row.Title, row.Year,
            row.YearSource.Length == 0 ? null : row.YearSource, row.Language, row.Encoding.Length == 0 ? null : row.Encoding,
            metadata, paragraphs)
        {
            DetectedLanguage = row.Language,
            Format = "",
            Chars = row.Chars,
            HanChars = row.HanChars,
            LatinWords = row.LatinWords,
            RemovedLines = row.RemovedLines,
            SentenceCount = sentences,
            Sha256 = row.Sha256,
            Cleaning = new CleaningReport(explain: false),
        };
    }
}
