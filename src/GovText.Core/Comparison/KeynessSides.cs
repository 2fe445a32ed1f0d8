namespace GovText.Core.Comparison;

/// <summary>The rows a keyness chart draws on each side (<see cref="KeynessSelection.TopPerSide"/>).</summary>
/// <param name="Target">Rows relatively more frequent in the target, largest G² first.</param>
/// <param name="Reference">Rows relatively more frequent in the reference, most negative G² first.</param>
/// <param name="SignificantTarget">How many drawable target-side rows are significant (0 when none on either side is).</param>
/// <param name="SignificantReference">How many drawable reference-side rows are significant (0 when none on either side is).</param>
public sealed record KeynessSides(IReadOnlyList<KeynessRow> Target, IReadOnlyList<KeynessRow> Reference, int SignificantTarget, int SignificantReference)
{
    /// <summary>True when the rows are significant ones; false when no row is and the chart shows the largest |G²| anyway.</summary>
    public bool Significant => SignificantTarget + SignificantReference > 0;
}
