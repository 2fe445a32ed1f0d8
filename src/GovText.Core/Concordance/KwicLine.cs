using CsvHelper.Configuration.Attributes;
using GovText.Core.Text;

namespace GovText.Core.Concordance;

/// <summary>One concordance line: a match with its left and right context (one row of <c>kwic.csv</c>).</summary>
public sealed record KwicLine
{
    /// <summary>Document id.</summary>
    [Name("doc_id"), Index(0)] public required string DocId { get; init; }

    /// <summary>The concept whose term matched.</summary>
    [Name("concept_id"), Index(1)] public required string ConceptId { get; init; }

    /// <summary><c>zh</c> or <c>en</c>.</summary>
    [Name("language"), Index(2)] public required Language Language { get; init; }

    /// <summary>0-based sentence index.</summary>
    [Name("sentence"), Index(3)] public required int Sentence { get; init; }

    /// <summary>Start of the hit in the cleaned text, in code points (as in <c>concept_matches.csv</c>).</summary>
    [Name("start"), Index(4)] public required int Start { get; init; }

    /// <summary>End (exclusive) of the hit, in code points.</summary>
    [Name("end"), Index(5)] public required int End { get; init; }

    /// <summary>Context before the hit, whitespace flattened to single spaces.</summary>
    [Name("left"), Index(6)] public required string Left { get; init; }

    /// <summary>The matched text, whitespace flattened.</summary>
    [Name("hit"), Index(7)] public required string Hit { get; init; }

    /// <summary>Context after the hit, whitespace flattened.</summary>
    [Name("right"), Index(8)] public required string Right { get; init; }
}
