using System.Text;
using JiebaNet.Segmenter;

// jieba.NET 0.42.2 on the same line protocol as bench/peers.sh's other peers: stdin is UTF-8, lines end at
// '\n' and lose one trailing '\r', each line's tokens (accurate mode, HMM on) are written joined by " / ".
// jieba.NET cuts some emoji between their surrogates; UTF-8 cannot encode a lone surrogate (it would come out
// as U+FFFD), so one is written as the text \uXXXX to keep the difference visible in the parity report.
var segmenter = new JiebaSegmenter();
var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
using var input = new StreamReader(Console.OpenStandardInput(), utf8, detectEncodingFromByteOrderMarks: false, bufferSize: 1 << 16);
using var output = new StreamWriter(Console.OpenStandardOutput(), utf8, bufferSize: 1 << 16);
var line = new StringBuilder();
// Streamed in 64K blocks (not ReadToEnd) so the peak RSS compares like with like.
var pending = new StringBuilder();
var block = new char[1 << 16];
int read;
while ((read = input.Read(block, 0, block.Length)) > 0)
{
    var from = 0;
    for (var i = 0; i < read; i++)
    {
        if (block[i] != '\n') continue;
        pending.Append(block, from, i - from);
        WriteLine(TrimCr(pending.ToString()));
        pending.Clear();
        from = i + 1;
    }
    pending.Append(block, from, read - from);
}
if (pending.Length > 0) WriteLine(TrimCr(pending.ToString()));
output.Flush();

static string TrimCr(string s) => s.EndsWith('\r') ? s[..^1] : s;

void WriteLine(string s)
{
    line.Clear();
    var first = true;
    foreach (var token in segmenter.Cut(s, cutAll: false, hmm: true))
    {
        if (!first) line.Append(" / ");
        first = false;
        AppendVisible(token);
    }
    output.Write(line);
    output.Write('\n');
}

void AppendVisible(string token)
{
    for (var i = 0; i < token.Length; i++)
    {
        var c = token[i];
        var paired = char.IsHighSurrogate(c) ? i + 1 < token.Length && char.IsLowSurrogate(token[i + 1])
            : char.IsLowSurrogate(c) ? i > 0 && char.IsHighSurrogate(token[i - 1])
            : true;
        if (paired) line.Append(c);
        else line.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
    }
}
