using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovText.Core.Lexicon;

/// <summary>Loads YAML into nodes that keep their line numbers, turning syntax errors into located diagnostics.</summary>
internal static class YamlNodes
{
    /// <summary>The single document's root node, or null (with an error added) when the YAML cannot be parsed or is empty.</summary>
    public static YamlNode? LoadRoot(string text, string file, List<LexiconDiagnostic> errors)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            errors.Add(new(file, LineOf(ex.Start), "YAML syntax error: " + Innermost(ex).Message));
            return null;
        }
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            errors.Add(new(file, null, "the file is empty"));
            return null;
        }
        if (stream.Documents.Count > 1)
            errors.Add(new(file, LineOf(stream.Documents[1].RootNode.Start), "the file holds more than one YAML document"));
        return stream.Documents[0].RootNode;
    }

    /// <summary>1-based line of a node.</summary>
    public static int Line(YamlNode node) => LineOf(node.Start);

    /// <summary>The node's scalar text, or null (with an error) when it is a list or mapping.</summary>
    public static string? Scalar(YamlNode node, string what, string file, List<LexiconDiagnostic> errors)
    {
        if (node is YamlScalarNode scalar) return scalar.Value ?? "";
        errors.Add(new(file, Line(node), $"{what} must be a single value, not a {Kind(node)}"));
        return null;
    }

    /// <summary>A human name for a node's kind, for error messages.</summary>
    public static string Kind(YamlNode node) => node switch
    {
        YamlSequenceNode => "list",
        YamlMappingNode => "mapping",
        _ => "value",
    };

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);

    private static Exception Innermost(YamlException ex)
    {
        // YamlDotNet wraps the real cause (for example a duplicate key) with a generic message.
        Exception current = ex;
        while (current.InnerException is not null) current = current.InnerException;
        return current;
    }
}
