namespace GovText.Core.Results;

/// <summary>
/// The file format of a results folder's large tables (<c>concept_counts</c>, <c>concept_matches</c>,
/// <c>word_frequencies</c>); every other table is always CSV. Chosen per run with <c>--table-format</c>; readers take
/// either (<see cref="ResultTable{TRow}.ReadIn"/>).
/// </summary>
public enum TableFormat
{
    /// <summary>CSV (<c>.csv</c>), GovText's dialect: RFC 4180, UTF-8, invariant numbers. The default.</summary>
    Csv,

    /// <summary>Apache Parquet (<c>.parquet</c>): typed columns, dictionary-encoded strings, zstd-compressed row groups.</summary>
    Parquet,
}
