using GovText.Core.Text;

namespace GovText.Core.Keywords;

/// <summary>One row of keywords.csv.</summary>
/// <param name="Unit">The document id (or, with --by, the group value).</param>
/// <param name="Rank">1 for the highest weight; ties keep jieba's order.</param>
/// <param name="Term">The keyword.</param>
/// <param name="Weight">Its TF-IDF or TextRank weight.</param>
/// <param name="Language">The document's language tag (a group's, when all its documents share one, else <c>mixed</c>).</param>
public sealed record KeywordRow(string Unit, int Rank, string Term, double Weight, Language Language);
