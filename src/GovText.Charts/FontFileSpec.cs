using System.Buffers.Binary;
using System.Globalization;
using GovText.Core.Errors;
using SkiaSharp;

namespace GovText.Charts;

/// <summary>
/// A <c>--font</c> value: a font file (TTF, OTF or a TTC collection), and for a collection the face to use, by
/// index or family name after a <c>#</c>: <c>NotoSansCJK-Regular.ttc#2</c>, <c>NotoSansCJK-Regular.ttc#Noto Sans CJK SC</c>.
/// </summary>
/// <param name="Path">The font file.</param>
/// <param name="Face">The face's index or family name, or null for the default face.</param>
public sealed record FontFileSpec(string Path, string? Face)
{
    /// <summary>
    /// Splits <paramref name="text"/> at its last <c>#</c> when the whole text is not an existing file (so a file
    /// whose name contains <c>#</c> still works).
    /// </summary>
    public static FontFileSpec Parse(string text)
    {
        var hash = text.LastIndexOf('#');
        if (File.Exists(text) || hash <= 0) return new FontFileSpec(text, null);
        var face = text[(hash + 1)..].Trim();
        return new FontFileSpec(text[..hash], face.Length == 0 ? null : face);
    }

    /// <summary>
    /// Loads the chosen face. Without a face, a collection gives its first Simplified Chinese face (family name
    /// ending in "SC" or "CN", or containing "GB"), else its first face; <paramref name="description"/> says which
    /// face was taken and how to choose another.
    /// </summary>
    /// <exception cref="ConfigurationException">No such file, not a font, no such face.</exception>
    public SKTypeface Load(out string description)
    {
        if (!File.Exists(Path)) throw ConfigurationException.ForSetting("font", $"font file '{Path}' does not exist");
        var count = FaceCount(Path);
        var faces = Enumerable.Range(0, count).Select(i => SKTypeface.FromFile(Path, i)).ToList();
        var chosen = -1;
        try
        {
            if (faces.Any(f => f is null))
                throw ConfigurationException.ForSetting("font", $"'{Path}' is not a font file SkiaSharp can read (TTF, OTF or TTC)");
            var names = string.Join(", ", faces.Select((f, i) => $"#{i} {f!.FamilyName}"));
            if (Face is null)
                chosen = Math.Max(0, faces.FindIndex(f => IsSimplifiedChinese(f!.FamilyName)));
            else if (int.TryParse(Face, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                chosen = index < count ? index : throw ConfigurationException.ForSetting("font", $"font '{Path}#{Face}': the file has {count} face(s): {names}");
            else
                chosen = faces.FindIndex(f => string.Equals(f!.FamilyName, Face, StringComparison.OrdinalIgnoreCase)) is var i and >= 0
                    ? i : throw ConfigurationException.ForSetting("font", $"font '{Path}#{Face}': no face has that family name; faces: {names}");
            description = count == 1
                ? $"{SettingText.Name("font")} {Path}"
                : $"{SettingText.Name("font")} {Path}#{chosen.ToString(CultureInfo.InvariantCulture)} (faces: {names}; choose with FILE#N or FILE#NAME)";
            return faces[chosen]!;
        }
        finally
        {
            for (var i = 0; i < faces.Count; i++)
                if (i != chosen) faces[i]?.Dispose();
        }
    }

    private static bool IsSimplifiedChinese(string family) =>
        family.EndsWith(" SC", StringComparison.Ordinal) || family.EndsWith(" CN", StringComparison.Ordinal) || family.Contains("GB", StringComparison.Ordinal);

    /// <summary>The number of faces in the file: the TTC header's count for a collection (tag <c>ttcf</c>), else 1.</summary>
    internal static int FaceCount(string path)
    {
        Span<byte> header = stackalloc byte[12];
        using var stream = File.OpenRead(path);
        if (stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false) < header.Length) return 1;
        if (!header[..4].SequenceEqual("ttcf"u8)) return 1;
        var count = BinaryPrimitives.ReadUInt32BigEndian(header[8..]);
        return count is >= 1 and <= 1000 ? (int)count : throw ConfigurationException.ForSetting("font", $"font file '{path}' is a damaged font collection ({count} faces in its header)");
    }
}
