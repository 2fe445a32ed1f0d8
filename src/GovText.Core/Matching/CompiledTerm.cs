using GovText.Core.Text;
namespace GovText.Core.Matching;

/// <summary>
/// A term ready for matching. The same term (same language, words and stem flag) listed under several concepts is
/// one compiled term with several listings, so one match serves all of them.
/// </summary>
internal sealed class CompiledTerm
{
    /// <summary>Lexicon order of the term's first listing: breaks ties between different terms covering the same tokens.</summary>
    public required int Ordinal { get; init; }

    public required Language Language { get; init; }

    /// <summary>English words (lowercase; stems for stem terms; without the trailing <c>*</c>), or the single Chinese text.</summary>
    public required string[] Words { get; init; }

    /// <summary>Per word: true when it is a prefix glob.</summary>
    public required bool[] IsPrefix { get; init; }

    /// <summary>Per word after the first: true when the term writes punctuation before it, so the text may have some there.</summary>
    public required bool[] PunctuatedGap { get; init; }

    /// <summary>True when <see cref="Words"/> are stems compared with the tokens' stems.</summary>
    public required bool Stem { get; init; }

    /// <summary>The concepts listing the term (index into the lexicon's concepts, ascending) and the term as each writes it.</summary>
    public required List<(int Concept, string Written)> Listings { get; init; }
}
