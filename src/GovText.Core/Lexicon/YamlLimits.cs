using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace GovText.Core.Lexicon;

/// <summary>
/// Limits checked before a lexicon's YAML is turned into nodes, so that one hostile file cannot stop the process:
/// YamlDotNet parses flow collections (<c>[ … ]</c>, <c>{ … }</c>) recursively, so 50,000 nested brackets overflow
/// the stack, and aliases (<c>*name</c>) are read as often as they are referenced, so a few hundred bytes of nested
/// aliases expand to billions of nodes. No real lexicon comes near either limit (docs/lexicon.md).
/// </summary>
internal static class YamlLimits
{
    /// <summary>The deepest nesting of lists and mappings accepted.</summary>
    public const int MaxDepth = 64;

    /// <summary>The most nodes the document may hold once every alias is expanded.</summary>
    public const long MaxExpandedNodes = 1_000_000;

    /// <summary>Adds an error and returns false when <paramref name="text"/> crosses a limit.</summary>
    public static bool Check(string text, string file, List<LexiconDiagnostic> errors)
    {
        if (FlowDepthLine(text) is { } deep)
        {
            errors.Add(new(file, deep, $"lists or mappings are nested more than {MaxDepth} levels deep: a lexicon needs a few levels; check the brackets"));
            return false;
        }
        try
        {
            return CheckEvents(text, file, errors);
        }
        catch (YamlException)
        {
            // Syntax errors are reported, with their line, by the loader that runs next.
            return true;
        }
        catch (InvalidOperationException ex) when (ex.Source == "YamlDotNet")
        {
            // YamlDotNet's scanner fails this way, not with a YamlException, on some broken input (a tab inside an
            // unclosed '{'): still a syntax error in the user's file, not a bug of ours.
            errors.Add(new(file, YamlNodes.BrokenLine(text, null), YamlNodes.BrokenMessage));
            return false;
        }
    }

    // The line where '[' / '{' nesting first passes MaxDepth (outside quotes and comments), found without a parser.
    private static int? FlowDepthLine(string text)
    {
        int depth = 0, line = 1;
        char quote = '\0';
        var comment = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n')
            {
                line++;
                comment = false;
                continue;
            }
            if (comment) continue;
            if (quote != '\0')
            {
                if (c == quote) quote = '\0';
                continue;
            }
            switch (c)
            {
                case '"' or '\'': quote = c; break;
                case '#' when i == 0 || char.IsWhiteSpace(text[i - 1]): comment = true; break;
                case '[' or '{':
                    if (++depth > MaxDepth) return line;
                    break;
                case ']' or '}': depth = Math.Max(0, depth - 1); break;
            }
        }
        return null;
    }

    // Block nesting depth and the expanded size, from the parser's event stream (which does not recurse).
    private static bool CheckEvents(string text, string file, List<LexiconDiagnostic> errors)
    {
        var parser = new Parser(new StringReader(text));
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var open = new Stack<(string? Anchor, long Size)>();
        long total = 0;
        while (parser.MoveNext())
        {
            var e = parser.Current!;
            long? done = null;
            string? anchor = null;
            switch (e)
            {
                case Scalar s:
                    done = 1;
                    anchor = s.Anchor.IsEmpty ? null : s.Anchor.Value;
                    break;
                case AnchorAlias a:
                    done = sizes.GetValueOrDefault(a.Value.Value, 1);
                    break;
                case NodeEvent n and (SequenceStart or MappingStart):
                    open.Push((n.Anchor.IsEmpty ? null : n.Anchor.Value, 1));
                    if (open.Count > MaxDepth)
                    {
                        errors.Add(new(file, (int)Math.Max(1, e.Start.Line), $"lists or mappings are nested more than {MaxDepth} levels deep: a lexicon needs a few levels"));
                        return false;
                    }
                    break;
                case SequenceEnd or MappingEnd:
                    (anchor, done) = open.Pop();
                    break;
            }
            if (done is not { } size) continue;
            if (anchor is not null) sizes[anchor] = size;
            if (open.Count > 0)
            {
                var (a, s) = open.Pop();
                open.Push((a, Math.Min(s + size, MaxExpandedNodes + 1)));
            }
            else total = Math.Min(total + size, MaxExpandedNodes + 1);
            if (total > MaxExpandedNodes || (open.Count > 0 && open.Peek().Size > MaxExpandedNodes))
            {
                errors.Add(new(file, (int)Math.Max(1, e.Start.Line),
                    $"with its aliases (*name) expanded the file holds more than a million values: aliases repeat what they name, and these multiply; write the terms out"));
                return false;
            }
        }
        return true;
    }
}
