using GovText.Core.Lexicon;
using GovText.Core.Text;

namespace GovText.Cli.Commands;

/// <summary>Prints a lexicon as an indented tree: each concept under its parent, with labels, terms and exclusions.</summary>
internal static class LexiconTree
{
    public static void Write(TextWriter writer, ConceptLexicon lexicon)
    {
        writer.Write($"{lexicon.Source} ({LexiconCommand.FormatName(lexicon.Format)} format, {lexicon.Concepts.Count} concepts)\n");
        var children = lexicon.Concepts
            .Where(c => c.Parent is not null)
            .GroupBy(c => c.Parent!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var root in lexicon.Concepts.Where(c => c.Parent is null))
            WriteConcept(writer, root, children, depth: 0);
    }

    private static void WriteConcept(TextWriter writer, Concept concept, Dictionary<string, List<Concept>> children, int depth)
    {
        var indent = new string(' ', depth * 4);
        var labels = concept.LabelEn == concept.LabelZh ? concept.LabelEn : $"{concept.LabelEn} / {concept.LabelZh}";
        writer.Write($"\n{indent}{concept.Id}  {labels}\n");
        WriteTerms(writer, indent + "  ", "", concept.Terms);
        WriteTerms(writer, indent + "  ", "not ", concept.Exclude);
        if (!children.TryGetValue(concept.Id, out var list)) return;
        foreach (var child in list) WriteConcept(writer, child, children, depth + 1);
    }

    private static void WriteTerms(TextWriter writer, string indent, string prefix, IReadOnlyList<LexiconTerm> terms)
    {
        foreach (var language in (Language[])[Language.Chinese, Language.English])
        {
            var texts = terms.Where(t => t.Language == language).Select(t => t.Stem ? t.Text + " (stem)" : t.Text).ToList();
            if (texts.Count > 0) writer.Write($"{indent}{prefix}{language}: {string.Join(" | ", texts)}\n");
        }
    }
}
