using GovText.Core.Output;

namespace GovText.Core.Counting;

/// <summary>Writes the three counting CSVs (atomically, in the one GovText CSV dialect). Column meanings: docs/counts.md.</summary>
public static class CountCsv
{
    /// <summary>The file names the count command writes into its output folder.</summary>
    public const string ConceptCountsFile = "concept_counts.csv", ConceptMatchesFile = "concept_matches.csv", WordFrequenciesFile = "word_frequencies.csv";

    /// <summary>Writes <c>concept_counts.csv</c>; rows are written in the order given (documents in batch order).</summary>
    public static void WriteConceptCounts(string path, IEnumerable<ConceptCountRow> rows) => CsvOutput.WriteRecords(path, rows);

    /// <summary>Writes <c>concept_matches.csv</c>.</summary>
    public static void WriteConceptMatches(string path, IEnumerable<ConceptMatchRow> rows) => CsvOutput.WriteRecords(path, rows);

    /// <summary>Writes <c>word_frequencies.csv</c>.</summary>
    public static void WriteWordFrequencies(string path, IEnumerable<WordFrequencyRow> rows) => CsvOutput.WriteRecords(path, rows);
}
