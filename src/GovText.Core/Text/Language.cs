using System.Diagnostics.CodeAnalysis;

namespace GovText.Core.Text;

/// <summary>
/// A language label: of a token (<see cref="Chinese"/>, <see cref="English"/>, <see cref="Number"/>), of a sentence or
/// document (<see cref="Chinese"/>, <see cref="English"/>, <see cref="Mixed"/>, <see cref="Other"/>), of a lexicon term
/// (<see cref="Chinese"/>, <see cref="English"/>), of set-aside counted text (<see cref="Other"/>). The one definition
/// of the codes written in files (<c>zh</c>, <c>en</c>, <c>num</c>, <c>mixed</c>, <c>other</c>) and of their parsing.
/// </summary>
/// <remarks>
/// A struct rather than an enum on purpose: its <see cref="ToString"/> is the code, so a label interpolated into a
/// message, a chart legend or a CSV cell reads <c>zh</c> exactly as the strings it replaces did (an enum would print
/// <c>Chinese</c>); it holds one byte, so comparing and hashing cost what an enum's do on the token path. Values order
/// as their codes do ordinally (<c>en</c> &lt; <c>mixed</c> &lt; <c>num</c> &lt; <c>other</c> &lt; <c>zh</c>), so
/// sorting by language sorts rows as sorting the code strings did. <c>default(Language)</c> is no language: reading its
/// code throws, so an unset label never reaches a file.
/// </remarks>
public readonly record struct Language : IComparable<Language>
{
    // Index into Codes; assigned in the codes' ordinal order so that comparing ids compares codes. 0 is unset.
    private readonly byte _id;

    // The codes, the only place they are spelled: writing (Code) and parsing (TryParse) both read this list.
    private static readonly string[] Codes = ["", "en", "mixed", "num", "other", "zh"];

    private Language(byte id) => _id = id;

    /// <summary>English, or more exactly Latin script (<c>en</c>): pinyin or French text is labelled the same.</summary>
    public static Language English { get; } = new(1);

    /// <summary>A sentence or document with both Chinese and English text, neither dominant (<c>mixed</c>).</summary>
    public static Language Mixed { get; } = new(2);

    /// <summary>A number token (<c>num</c>): not a language, but the label tokens of digits carry.</summary>
    public static Language Number { get; } = new(3);

    /// <summary>
    /// <c>other</c>: a sentence or document without Han or Latin letters, and the label of word tokens set aside from
    /// counting (too few to count as text of their language, see <see cref="Counting.CountedLanguages"/>).
    /// </summary>
    public static Language Other { get; } = new(4);

    /// <summary>Chinese, or more exactly Han script (<c>zh</c>).</summary>
    public static Language Chinese { get; } = new(5);

    /// <summary>Every language, in the order of their codes.</summary>
    public static IReadOnlyList<Language> All { get; } = [English, Mixed, Number, Other, Chinese];

    /// <summary>The word languages of tokens and lexicon terms, in the order of their codes: <c>en</c>, <c>zh</c>.</summary>
    public static IReadOnlyList<Language> Words { get; } = [English, Chinese];

    /// <summary>The code written in files and accepted in input: <c>zh</c>, <c>en</c>, <c>num</c>, <c>mixed</c> or <c>other</c>.</summary>
    /// <exception cref="InvalidOperationException">This is <c>default(Language)</c>, which no code stands for.</exception>
    public string Code => _id != 0 ? Codes[_id] : throw new InvalidOperationException("an unset Language has no code");

    /// <summary>True for <see cref="Chinese"/> and <see cref="English"/>, the languages words and lexicon terms are in.</summary>
    public bool IsWord => this == Chinese || this == English;

    /// <summary>The code (<see cref="Code"/>), so that a label reads in text exactly as in files.</summary>
    public override string ToString() => _id != 0 ? Codes[_id] : "";

    /// <summary>Orders as the codes do under ordinal comparison.</summary>
    public int CompareTo(Language other) => _id.CompareTo(other._id);

    /// <summary>The language whose code is <paramref name="code"/> (exact, lowercase), if any.</summary>
    public static bool TryParse([NotNullWhen(true)] string? code, out Language language)
    {
        for (var id = 1; id < Codes.Length; id++)
        {
            if (!string.Equals(Codes[id], code, StringComparison.Ordinal)) continue;
            language = new Language((byte)id);
            return true;
        }
        language = default;
        return false;
    }

    /// <summary>The language whose code is <paramref name="code"/>, for codes written by GovText itself.</summary>
    /// <exception cref="FormatException">No language has that code; the message names the code and the known ones.</exception>
    public static Language Parse(string? code) =>
        TryParse(code, out var language) ? language : throw new FormatException(UnknownCode(code, All));

    /// <summary>
    /// The message for a code that is not one of <paramref name="allowed"/>, for readers of user input (lexicon files,
    /// manifests, options) to put next to the file and line: <c>unknown language 'fr' (use zh or en)</c>.
    /// </summary>
    public static string UnknownCode(string? code, IReadOnlyList<Language> allowed) =>
        $"unknown language '{code}' (use {AllowedCodes(allowed)})";

    /// <summary>The codes of <paramref name="allowed"/> for a message: <c>zh or en</c>, <c>zh, en, mixed or other</c>.</summary>
    public static string AllowedCodes(IReadOnlyList<Language> allowed) =>
        allowed.Count <= 1 ? string.Concat(allowed) : $"{string.Join(", ", allowed.Take(allowed.Count - 1))} or {allowed[^1]}";
}
