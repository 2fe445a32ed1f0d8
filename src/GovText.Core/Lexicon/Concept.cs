namespace GovText.Core.Lexicon;

/// <summary>A concept of the lexicon: an id, labels, an optional parent, its terms and its exclusion phrases.</summary>
public sealed record Concept
{
    /// <summary>Unique id (snake_case in GovText lexicons); the <c>concept_id</c> column of every output.</summary>
    public required string Id { get; init; }

    /// <summary>English label.</summary>
    public required string LabelEn { get; init; }

    /// <summary>Chinese label.</summary>
    public required string LabelZh { get; init; }

    /// <summary>The parent concept's id, or null for a top-level concept. Counts roll up to parents.</summary>
    public string? Parent { get; init; }

    /// <summary>Free text: what the concept means and where its terms come from.</summary>
    public string? Description { get; init; }

    /// <summary>The terms, Chinese first then English, each in file order.</summary>
    public required IReadOnlyList<LexiconTerm> Terms { get; init; }

    /// <summary>Exclusion phrases: a match of this concept lying inside one of them is not counted.</summary>
    public IReadOnlyList<LexiconTerm> Exclude { get; init; } = [];

    /// <summary>1-based line where the concept starts in the lexicon file (0 for concepts built in code).</summary>
    public int Line { get; init; }
}
