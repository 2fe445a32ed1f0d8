using YamlDotNet.RepresentationModel;
using GovText.Core.Text;

namespace GovText.Core.Lexicon;

/// <summary>
/// Reads quanteda's YAML dictionary format: each key is a concept whose value is a list of terms (or one term),
/// or a mapping of nested keys, which become child concepts of the enclosing key.
/// </summary>
internal static class QuantedaYamlReader
{
    public static List<Concept> Read(string text, string file, List<LexiconDiagnostic> errors)
    {
        var concepts = new List<Concept>();
        var root = YamlNodes.LoadRoot(text, file, errors);
        if (root is null) return concepts;
        if (root is not YamlMappingNode map)
        {
            errors.Add(new(file, YamlNodes.Line(root), "a quanteda dictionary is a mapping of keys to term lists"));
            return concepts;
        }
        ReadKeys(map, parent: null, file, errors, concepts);
        return concepts;
    }

    private static void ReadKeys(YamlMappingNode map, string? parent, string file, List<LexiconDiagnostic> errors, List<Concept> concepts)
    {
        foreach (var (keyNode, value) in map.Children)
        {
            var key = YamlNodes.Scalar(keyNode, "a dictionary key", file, errors);
            if (key is null) continue;
            var id = ImportedIds.From(key);
            var terms = new List<LexiconTerm>();
            var index = concepts.Count;
            concepts.Add(null!);
            switch (value)
            {
                case YamlScalarNode { Value: null or "" }:
                    break;
                case YamlScalarNode scalar:
                    AddTerm(scalar, file, errors, terms);
                    break;
                case YamlSequenceNode list:
                    foreach (var item in list.Children)
                    {
                        if (item is YamlScalarNode s) AddTerm(s, file, errors, terms);
                        else errors.Add(new(file, YamlNodes.Line(item), $"a term of '{key}' must be a text, not a {YamlNodes.Kind(item)}"));
                    }
                    break;
                case YamlMappingNode nested:
                    ReadKeys(nested, id, file, errors, concepts);
                    break;
            }
            concepts[index] = new Concept
            {
                Id = id,
                LabelEn = key,
                LabelZh = key,
                Parent = parent,
                Terms = terms,
                Line = YamlNodes.Line(keyNode),
            };
        }
    }

    private static void AddTerm(YamlScalarNode node, string file, List<LexiconDiagnostic> errors, List<LexiconTerm> terms)
    {
        var text = (node.Value ?? "").Trim();
        if (text.Contains('?'))
        {
            errors.Add(new(file, YamlNodes.Line(node),
                $"term '{text}': quanteda's '?' wildcard is not supported; write the words out, or use '*' at the end of a word"));
            return;
        }
        var language = ImportedIds.LanguageOf(text);
        // quanteda separates the tokens of a multi-word Chinese value with spaces; GovText's Chinese terms are literal strings.
        if (language == Language.Chinese) text = string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
        terms.Add(new LexiconTerm(text, language, false, YamlNodes.Line(node)));
    }
}
