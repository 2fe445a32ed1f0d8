using GovText.Core.Documents;

namespace GovText.Core.Ingestion;

/// <summary>What happened to one corpus file: <see cref="DocumentIngested"/>, <see cref="IngestFailed"/> or <see cref="FileSkipped"/>.</summary>
/// <param name="Path">The file's path relative to the corpus folder, '/' separators.</param>
public abstract record IngestOutcome(string Path);

/// <summary>The file was read into <paramref name="Document"/>.</summary>
/// <param name="Document">The ingested document.</param>
public sealed record DocumentIngested(Document Document) : IngestOutcome(Document.Path);

/// <summary>The file could not be read; <paramref name="Error"/> says why (it goes to ingest_errors.csv).</summary>
/// <param name="Path">The file's path relative to the corpus folder.</param>
/// <param name="Error">The reason, for a researcher. A remedy that names a setting names it with <see cref="Errors.SettingText"/>:
/// ingest_errors.csv holds <see cref="Errors.SettingText.Plain"/> of it, a front end renders it in its own terms.</param>
public sealed record IngestFailed(string Path, string Error) : IngestOutcome(Path);

/// <summary>The file was not read because its format is not supported.</summary>
/// <param name="Path">The file's path relative to the corpus folder.</param>
/// <param name="Reason">Why it was skipped.</param>
public sealed record FileSkipped(string Path, string Reason) : IngestOutcome(Path);
