namespace GovText.Core.Ingestion;

/// <summary>A file that cannot be ingested; the message says why and what to do, and goes to ingest_errors.csv.</summary>
public sealed class IngestException : Exception
{
    /// <summary>Creates the exception with a message for the researcher.</summary>
    public IngestException(string message, Exception? inner = null) : base(message, inner)
    {
    }
}
