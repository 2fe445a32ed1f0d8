namespace GovText.Topics.Corpus;

/// <summary>What a topic model or clustering is fitted on: a document or a paragraph.</summary>
public enum ModelUnit
{
    /// <summary>Each document is one unit.</summary>
    Document,

    /// <summary>Each paragraph is one unit; results are still reported per document.</summary>
    Paragraph,
}
