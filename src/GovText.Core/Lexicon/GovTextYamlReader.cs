using YamlDotNet.RepresentationModel;
using GovText.Core.Text;

namespace GovText.Core.Lexicon;

/// <summary>Reads GovText's own lexicon YAML (see docs/lexicon.md) into concepts, reporting every problem with its line.</summary>
internal static class GovTextYamlReader
{
    private static readonly string[] ConceptKeys = ["id", "label", "parent", "description", "terms", "exclude"];

    public static List<Concept> Read(string text, string file, List<LexiconDiagnostic> errors)
    {
        var concepts = new List<Concept>();
        var root = YamlNodes.LoadRoot(text, file, errors);
        if (root is null) return concepts;
        if (root is not YamlMappingNode top)
        {
            errors.Add(new(file, YamlNodes.Line(root), "a GovText lexicon is a mapping with a 'concepts:' list"));
            return concepts;
        }

        YamlNode? list = null;
        foreach (var (key, value) in top.Children)
        {
            var name = (key as YamlScalarNode)?.Value;
            if (name == "concepts") list = value;
            else errors.Add(new(file, YamlNodes.Line(key), $"unknown top-level key '{name}' (a GovText lexicon has only 'concepts:')"));
        }
        if (list is null)
        {
            errors.Add(new(file, YamlNodes.Line(top), "missing 'concepts:' list"));
            return concepts;
        }
        if (list is not YamlSequenceNode items)
        {
            errors.Add(new(file, YamlNodes.Line(list), "'concepts' must be a list of concepts (each item starting with '- id: ...')"));
            return concepts;
        }

        foreach (var item in items.Children)
        {
            var concept = ReadConcept(item, file, errors);
            if (concept is not null) concepts.Add(concept);
        }
        return concepts;
    }

    private static Concept? ReadConcept(YamlNode node, string file, List<LexiconDiagnostic> errors)
    {
        if (node is not YamlMappingNode map)
        {
            errors.Add(new(file, YamlNodes.Line(node), "each concept must be a mapping with at least 'id' and 'terms'"));
            return null;
        }

        string? id = null, parent = null, description = null, labelEn = null, labelZh = null;
        List<LexiconTerm> terms = [], exclude = [];
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "id": id = YamlNodes.Scalar(value, "id", file, errors)?.Trim(); break;
                case "parent":
                    parent = YamlNodes.Scalar(value, "parent", file, errors)?.Trim();
                    if (parent == "") parent = null;
                    break;
                case "description": description = YamlNodes.Scalar(value, "description", file, errors)?.Trim(); break;
                case "label": ReadLabel(value, file, errors, ref labelEn, ref labelZh); break;
                case "terms": terms = ReadTerms(value, "terms", file, errors); break;
                case "exclude": exclude = ReadTerms(value, "exclude", file, errors); break;
                default:
                    errors.Add(new(file, YamlNodes.Line(keyNode),
                        $"unknown concept key '{key}' (expected one of: {string.Join(", ", ConceptKeys)})"));
                    break;
            }
        }

        if (string.IsNullOrEmpty(id))
        {
            errors.Add(new(file, YamlNodes.Line(map), "concept has no 'id'"));
            return null;
        }
        return new Concept
        {
            Id = id,
            LabelEn = labelEn ?? id,
            LabelZh = labelZh ?? labelEn ?? id,
            Parent = parent,
            Description = string.IsNullOrEmpty(description) ? null : description,
            Terms = terms,
            Exclude = exclude,
            Line = YamlNodes.Line(map),
        };
    }

    private static void ReadLabel(YamlNode node, string file, List<LexiconDiagnostic> errors, ref string? en, ref string? zh)
    {
        if (node is YamlScalarNode scalar)
        {
            en = zh = scalar.Value?.Trim();
            return;
        }
        if (node is not YamlMappingNode map)
        {
            errors.Add(new(file, YamlNodes.Line(node), "label must be { en: ..., zh: ... } or a single value"));
            return;
        }
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var text = YamlNodes.Scalar(value, "label." + key, file, errors)?.Trim();
            if (key == Language.English.Code) en = text;
            else if (key == Language.Chinese.Code) zh = text;
            else errors.Add(new(file, YamlNodes.Line(keyNode), $"unknown label language '{key}' (use en and zh)"));
        }
    }

    // The languages a term list may have, in the order terms are read (Chinese first, whatever order the file uses).
    private static readonly Language[] TermLanguages = [Language.Chinese, Language.English];

    private static List<LexiconTerm> ReadTerms(YamlNode node, string what, string file, List<LexiconDiagnostic> errors)
    {
        var terms = new List<LexiconTerm>();
        if (node is YamlScalarNode { Value: null or "" }) return terms;
        if (node is not YamlMappingNode map)
        {
            errors.Add(new(file, YamlNodes.Line(node), $"'{what}' must be a mapping of languages: {{ zh: [...], en: [...] }}"));
            return terms;
        }

        // Chinese first, then English, whatever order the file uses, so outputs do not depend on key order.
        foreach (var language in TermLanguages)
            foreach (var (keyNode, value) in map.Children)
                if ((keyNode as YamlScalarNode)?.Value == language.Code)
                    ReadTermList(value, language, what, file, errors, terms);

        foreach (var (keyNode, _) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            if (!Language.TryParse(key, out var language) || !TermLanguages.Contains(language))
                errors.Add(new(file, YamlNodes.Line(keyNode), $"unknown language '{key}' under '{what}' (use zh and en)"));
        }
        return terms;
    }

    private static void ReadTermList(YamlNode node, Language language, string what, string file, List<LexiconDiagnostic> errors, List<LexiconTerm> terms)
    {
        if (node is YamlScalarNode { Value: null or "" }) return;
        if (node is not YamlSequenceNode list)
        {
            errors.Add(new(file, YamlNodes.Line(node), $"'{what}.{language}' must be a list, e.g. {language}: [term, other term]"));
            return;
        }
        foreach (var item in list.Children)
        {
            switch (item)
            {
                case YamlScalarNode scalar:
                    terms.Add(new LexiconTerm((scalar.Value ?? "").Trim(), language, false, YamlNodes.Line(item)));
                    break;
                case YamlMappingNode map:
                    var term = ReadTermMapping(map, language, file, errors);
                    if (term is not null) terms.Add(term);
                    break;
                default:
                    errors.Add(new(file, YamlNodes.Line(item), "a term must be a text or { text: ..., stem: true }"));
                    break;
            }
        }
    }

    private static LexiconTerm? ReadTermMapping(YamlMappingNode map, Language language, string file, List<LexiconDiagnostic> errors)
    {
        string? text = null;
        var stem = false;
        var ok = true;
        foreach (var (keyNode, value) in map.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value;
            var scalar = YamlNodes.Scalar(value, "term." + key, file, errors);
            if (key == "text") text = scalar?.Trim();
            else if (key == "stem")
            {
                if (scalar is "true" or "false") stem = scalar == "true";
                else
                {
                    errors.Add(new(file, YamlNodes.Line(value), $"stem must be true or false, not '{scalar}'"));
                    ok = false;
                }
            }
            else
            {
                errors.Add(new(file, YamlNodes.Line(keyNode), $"unknown term key '{key}' (a term mapping has 'text' and 'stem')"));
                ok = false;
            }
        }
        if (text is null)
        {
            errors.Add(new(file, YamlNodes.Line(map), "a term mapping needs 'text'"));
            return null;
        }
        return ok ? new LexiconTerm(text, language, stem, YamlNodes.Line(map)) : null;
    }
}
