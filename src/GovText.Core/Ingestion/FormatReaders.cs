namespace GovText.Core.Ingestion;

/// <summary>The readers for each supported file extension.</summary>
public static class FormatReaders
{
    private static readonly Dictionary<string, IFormatReader> ByExtension = new(StringComparer.OrdinalIgnoreCase)
    {
        [".txt"] = new PlainTextReader(),
        [".md"] = new PlainTextReader(),
        [".html"] = new HtmlReader(),
        [".htm"] = new HtmlReader(),
        [".pdf"] = new PdfReader(),
        [".docx"] = new DocxReader(),
    };

    /// <summary>The supported extensions, ordinal order.</summary>
    public static IReadOnlyList<string> Extensions { get; } = ByExtension.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The reader for <paramref name="path"/>'s extension, or null when it is not supported.</summary>
    public static IFormatReader? For(string path) => ByExtension.GetValueOrDefault(Path.GetExtension(path));
}
