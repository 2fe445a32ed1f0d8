namespace GovText.Core.Counting;

/// <summary>
/// Converts UTF-16 offsets (what .NET strings use) into Unicode code point offsets (what the CSVs publish, so Python's
/// <c>text[start:end]</c> gives the matched text). Texts without astral characters convert for free.
/// </summary>
public sealed class CodePointOffsets
{
    // Sorted UTF-16 positions of the low surrogates; the code point offset is the UTF-16 offset minus how many lie before it.
    private readonly int[] _lowSurrogates;

    private CodePointOffsets(int[] lowSurrogates) => _lowSurrogates = lowSurrogates;

    /// <summary>Prepares the conversion for one document text.</summary>
    public static CodePointOffsets For(string text)
    {
        List<int>? lows = null;
        for (var i = 1; i < text.Length; i++)
            if (char.IsLowSurrogate(text[i]) && char.IsHighSurrogate(text[i - 1])) (lows ??= []).Add(i);
        return new CodePointOffsets(lows is null ? [] : [.. lows]);
    }

    /// <summary>The code point offset of a UTF-16 offset (which must not point inside a surrogate pair).</summary>
    public int ToCodePoint(int utf16Offset)
    {
        if (_lowSurrogates.Length == 0) return utf16Offset;
        var index = Array.BinarySearch(_lowSurrogates, utf16Offset);
        var before = index >= 0 ? index : ~index;
        return utf16Offset - before;
    }
}
