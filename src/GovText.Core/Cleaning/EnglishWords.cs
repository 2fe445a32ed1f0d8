using System.IO.Compression;
using System.Reflection;

namespace GovText.Core.Cleaning;

/// <summary>
/// The English word list the hyphenation repair takes as evidence: SCOWL via Debian's wamerican
/// (see THIRD-PARTY.md and tools/build-english-words.sh), lowercase ASCII words, embedded gzip-compressed.
/// </summary>
public static class EnglishWords
{
    private static readonly Lazy<HashSet<string>> Words = new(Load);

    /// <summary>Number of words in the list.</summary>
    public static int Count => Words.Value.Count;

    /// <summary>True when <paramref name="word"/> (any case) is in the list.</summary>
    public static bool Contains(ReadOnlySpan<char> word)
    {
        Span<char> lower = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        word.ToLowerInvariant(lower);
        return Words.Value.GetAlternateLookup<ReadOnlySpan<char>>().Contains(lower);
    }

    private static HashSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("GovText.Core.Resources.english-words.txt.gz")
            ?? throw new InvalidOperationException("embedded english-words.txt.gz is missing from GovText.Core");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0) words.Add(line);
        }
        return words;
    }
}
