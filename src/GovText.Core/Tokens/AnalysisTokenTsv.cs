using System.Globalization;
using System.Text;
using GovText.Segmentation;
using GovText.Core.Text;

namespace GovText.Core.Tokens;

/// <summary>
/// <c>govtext segment --format tsv</c>: the analysis tokens of each line (line, start, end, language, token,
/// normalized, stem), tab-separated with a header. Lines end at <c>\n</c>; a trailing <c>\r</c> is not part of the line.
/// </summary>
public static class AnalysisTokenTsv
{
    /// <summary>The header row.</summary>
    public const string Header = "line\tstart\tend\tlanguage\ttoken\tnormalized\tstem";

    /// <summary>Tokenizes every line of <paramref name="input"/> and writes the rows to <paramref name="output"/>.</summary>
    /// <returns>The number of lines read.</returns>
    public static long Write(TextReader input, TextWriter output, Segmenter segmenter, CancellationToken cancellationToken = default)
    {
        var tokenizer = new AnalysisTokenizer(segmenter);
        var buffer = new StringBuilder(1 << 16);
        var tokens = new List<AnalysisToken>();
        buffer.Append(Header).Append('\n');
        long lines = 0;
        string? line;
        while ((line = ReadLine(input)) is not null)
        {
            cancellationToken.ThrowIfCancellationRequested();
            lines++;
            var number = lines.ToString(CultureInfo.InvariantCulture);
            // One token list for all lines: tokens are values, so a reused list allocates nothing per token.
            tokens.Clear();
            tokenizer.Tokenize(line, 0, tokens);
            foreach (var t in tokens)
            {
                buffer.Append(number).Append('\t').Append(t.Start.ToString(CultureInfo.InvariantCulture)).Append('\t')
                    .Append(t.End.ToString(CultureInfo.InvariantCulture)).Append('\t').Append(t.Language.Code).Append('\t')
                    .Append(t.Surface).Append('\t').Append(t.Normalized).Append('\t').Append(t.Stem).Append('\n');
            }
            // One write per 64K characters: an auto-flushing console writer costs one system call per write.
            if (buffer.Length >= 1 << 16)
            {
                output.Write(buffer);
                buffer.Clear();
            }
        }
        output.Write(buffer);
        output.Flush();
        return lines;
    }

    // A line up to "\n" (not included, nor a "\r" before it), or null at the end; a last line without "\n" counts.
    private static string? ReadLine(TextReader input)
    {
        var line = new StringBuilder();
        int c;
        while ((c = input.Read()) >= 0)
        {
            if (c == '\n') return Trim(line);
            line.Append((char)c);
        }
        return line.Length == 0 ? null : Trim(line);
    }

    private static string Trim(StringBuilder line)
    {
        if (line.Length > 0 && line[^1] == '\r') line.Length--;
        return line.ToString();
    }
}
