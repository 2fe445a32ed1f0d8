namespace GovText.Report.View;

/// <summary>The first hits of one concept.</summary>
/// <param name="Concept">The concept's label.</param>
/// <param name="Anchor">The HTML id of its block.</param>
/// <param name="Total">How many hits the concept has in <c>concept_matches.csv</c>, formatted.</param>
/// <param name="Lines">The hits shown.</param>
public sealed record KwicView(string Concept, string Anchor, string Total, IReadOnlyList<KwicLineView> Lines);
