namespace GovText.Report.Results;

/// <summary>
/// The sizes of one year's documents (<see cref="Year"/> null: the documents without a year). A record class rather
/// than a value tuple: the report's LINQ over it then runs precompiled code, where over a value tuple it is
/// JIT-compiled on every run.
/// </summary>
/// <param name="Year">The year, or null.</param>
/// <param name="Tally">Its documents' sizes.</param>
internal sealed record YearTotals(int? Year, DocumentTally Tally);
