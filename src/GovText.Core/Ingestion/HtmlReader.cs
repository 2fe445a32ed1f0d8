using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace GovText.Core.Ingestion;

/// <summary>
/// Reads .html/.htm files with AngleSharp: the main text only. script, style, nav, header, footer, aside,
/// form, noscript, iframe, template and svg are dropped; each heading, paragraph, list item, table row (cells
/// joined by " | ") and other block element becomes a block; &lt;br&gt; starts a new one. The bytes are decoded
/// by their byte-order mark, else the &lt;meta charset&gt; (when it decodes them cleanly), else detection.
/// </summary>
public sealed partial class HtmlReader : IFormatReader
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "template", "svg", "button", "select", "head",
    };

    private static readonly HashSet<string> BlockElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr", "blockquote", "pre", "dd", "dt", "figcaption", "caption",
        "section", "article", "main", "ul", "ol", "dl", "table", "tbody", "thead", "tfoot", "address", "hr", "figure",
    };

    /// <inheritdoc />
    public string Format => "html";

    /// <inheritdoc />
    public RawDocument Read(string path, CancellationToken cancellationToken = default)
    {
        string html;
        string encodingName;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16))
        {
            var detected = Declared(stream) ?? TextDecoder.Detect(stream);
            encodingName = detected.Name;
            if (stream.Length / 4 > IngestLimits.MaxCharsPerDocument) throw IngestLimits.TooManyChars();
            html = TextDecoder.ReadAll(stream, detected);
        }

        var document = Parse(html, cancellationToken);
        var title = document.Title?.Trim();
        var collector = new Collector();
        if (document.Body is { } body) collector.Walk(body);
        collector.Flush();
        if (collector.Blocks.Count == 0) throw new IngestException("empty HTML page: no text in <body> outside navigation, scripts and forms");
        return new RawDocument(collector.Blocks, string.IsNullOrEmpty(title) ? null : title, encodingName, Format, FileHash.Sha256(path));
    }

    private static AngleSharp.Html.Dom.IHtmlDocument Parse(string html, CancellationToken cancellationToken)
    {
        if (!cancellationToken.CanBeCanceled) return new HtmlParser().ParseDocument(html);
        // The async parser checks the token as it builds the tree; the work itself is synchronous over a string.
        return new HtmlParser().ParseDocumentAsync(html, cancellationToken).GetAwaiter().GetResult();
    }

    // A BOM wins (TextDecoder handles it); otherwise a <meta charset> in the first 4 KB, if .NET knows it and it decodes the file.
    private static DetectedEncoding? Declared(Stream stream)
    {
        var probe = new byte[4096];
        var n = stream.ReadAtLeast(probe, probe.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        if (n >= 2 && (probe[0] == 0xFF && probe[1] == 0xFE || probe[0] == 0xFE && probe[1] == 0xFF)) return null;
        if (n >= 3 && probe[0] == 0xEF && probe[1] == 0xBB && probe[2] == 0xBF) return null;
        var match = MetaCharset().Match(Encoding.Latin1.GetString(probe, 0, n));
        if (!match.Success) return null;

        var name = match.Groups[1].Value.ToLowerInvariant();
        EncodingSetup.EnsureCodePages();
        Encoding encoding;
        try
        {
            encoding = name is "utf-8" or "utf8" ? new UTF8Encoding(false, true)
                : Encoding.GetEncoding(name is "gbk" or "gb2312" ? "gb18030" : name, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // An unknown or unsupported charset (utf-7, x-mac-chinesesimp…): fall back to detection, as documented.
            return null;
        }
        // A declaration the bytes contradict (a GBK page that claims UTF-8) is ignored in favour of detection.
        var recorded = encoding.CodePage switch { 54936 => "gb18030", 950 => "big5", 65001 => "utf-8", _ => encoding.WebName };
        return TextDecoder.Decodes(stream, encoding, 0, score: false, out _) ? new DetectedEncoding(recorded, encoding, 0) : null;
    }

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*([A-Za-z0-9_\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    // Line breaks in HTML source are not text: join them like wrapped lines, with no space between Han characters.
    private static string JoinSourceLines(string text)
    {
        if (text.IndexOf('\n') < 0) return text;
        var sb = new StringBuilder(text.Length);
        foreach (var piece in text.Split('\n'))
        {
            var trimmed = piece.Trim();
            if (trimmed.Length == 0) continue;
            if (sb.Length > 0 && Cleaning.LineJoiner.NeedsSpace(sb[^1], trimmed[0])) sb.Append(' ');
            sb.Append(trimmed);
        }
        return sb.ToString();
    }

    private sealed class Collector
    {
        private readonly StringBuilder _current = new();
        private int _number;
        private long _chars;

        public List<IReadOnlyList<RawLine>> Blocks { get; } = [];

        // Iterative: a page of 100,000 nested elements must not overflow the stack.
        public void Walk(INode root)
        {
            var pending = new Stack<(INode Node, bool BlockEnd)>();
            PushChildren(pending, root);
            while (pending.Count > 0)
            {
                var (node, blockEnd) = pending.Pop();
                if (blockEnd)
                {
                    Flush();
                    continue;
                }
                switch (node)
                {
                    case IText text:
                        _chars += text.Data.Length;
                        if (_chars > IngestLimits.MaxCharsPerDocument) throw IngestLimits.TooManyChars();
                        _current.Append(text.Data);
                        break;
                    case IElement element when Dropped.Contains(element.LocalName):
                        break;
                    case IElement element when element.LocalName == "br":
                        Flush();
                        break;
                    case IElement element when element.LocalName is "td" or "th":
                        if (_current.Length > 0 && !string.IsNullOrWhiteSpace(_current.ToString())) _current.Append(" | ");
                        PushChildren(pending, element);
                        break;
                    case IElement element when BlockElements.Contains(element.LocalName):
                        Flush();
                        pending.Push((element, true));
                        PushChildren(pending, element);
                        break;
                    case IElement element:
                        PushChildren(pending, element);
                        break;
                }
            }
        }

        private static void PushChildren(Stack<(INode, bool)> pending, INode node)
        {
            var children = node.ChildNodes;
            for (var i = children.Length - 1; i >= 0; i--) pending.Push((children[i], false));
        }

        public void Flush()
        {
            if (_current.Length == 0) return;
            var text = _current.ToString();
            _current.Clear();
            if (string.IsNullOrWhiteSpace(text)) return;
            _number++;
            Blocks.Add([new RawLine(_number, JoinSourceLines(text))]);
        }
    }
}
