using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace GovText.Core.Lexicon;

/// <summary>Loads YAML into nodes that keep their line numbers, turning syntax errors into located diagnostics.</summary>
internal static class YamlNodes
{
    /// <summary>The single document's root node, or null (with an error added) when the YAML cannot be parsed or is empty.</summary>
    public static YamlNode? LoadRoot(string text, string file, List<LexiconDiagnostic> errors)
    {
        if (!YamlLimits.Check(text, file, errors)) return null;
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException ex)
        {
            var message = Innermost(ex).Message;
            var line = LineOf(ex.Start);
            // YamlDotNet reports a tab in the indentation at the start of the enclosing mapping (often line 1);
            // the line that holds the tab is the one to fix.
            if (message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndentedLine(text) is { } tabLine) line = tabLine;
            errors.Add(new(file, line, "YAML syntax error: " + message));
            return null;
        }
        catch (InvalidOperationException ex) when (ex.Source == "YamlDotNet")
        {
            errors.Add(new(file, BrokenLine(text, null), BrokenMessage));
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

    /// <summary>The message for YAML that YamlDotNet's scanner gives up on without saying where.</summary>
    public const string BrokenMessage =
        "YAML syntax error: the parser cannot read on from here (a tab used for indentation, or an unclosed '{', '[' or quote?)";

    /// <summary>The line to point at when the parser gave no position: the first tab-indented line, else <paramref name="fallback"/>.</summary>
    public static int? BrokenLine(string text, int? fallback) => FirstTabIndentedLine(text) ?? fallback;

    private static int? FirstTabIndentedLine(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].AsSpan()[..(lines[i].Length - lines[i].TrimStart().Length)];
            if (indent.Contains('\t')) return i + 1;
        }
        return null;
    }

    private static int LineOf(Mark mark) => (int)Math.Max(1, mark.Line);

    private static Exception Innermost(YamlException ex)
    {
        // YamlDotNet wraps the real cause (for example a duplicate key) with a generic message.
        Exception current = ex;
        while (current.InnerException is not null) current = current.InnerException;
        return current;
    }
}
