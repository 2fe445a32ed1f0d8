using GovText.Segmentation.Internal;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace GovText.Segmentation;

/// <summary>
/// Streams text line by line through a segmenter and writes the result. Lines end at <c>\n</c>; a
/// trailing <c>\r</c> is not part of the line (so CRLF files give the same tokens as LF files). Output is
/// buffered internally and handed to the writer in large chunks, so an auto-flushing console writer
/// costs one write per 64K characters rather than one per token.
/// </summary>
public static partial class SegmentationWriter
{
    private const int ChunkSize = 1 << 16;

    /// <summary>Segments every line of <paramref name="input"/> and writes it to <paramref name="output"/>.</summary>
    /// <param name="input">UTF-16 text (decode UTF-8 when opening it).</param>
    /// <param name="output">Where the formatted tokens go.</param>
    /// <param name="segmenter">The segmenter (with any user words).</param>
    /// <param name="format">Text or JSON lines (analysis-token TSV is GovText.Core's <c>AnalysisTokenTsv</c>).</param>
    /// <param name="mode">Cutting mode.</param>
    /// <param name="hmm">HMM flag for text and JSON.</param>
    /// <param name="jobs">
    /// Threads that segment at once. 1 segments on the calling thread; more read the input in blocks of lines,
    /// segment the blocks in parallel and write them in input order, so the output is the same for every value.
    /// </param>
    /// <param name="cancellationToken">Checked between lines (between blocks with several jobs).</param>
    /// <returns>The number of lines read.</returns>
    public static long Write(TextReader input, TextWriter output, Segmenter segmenter, SegmentOutputFormat format,
        SegmentationMode mode = SegmentationMode.Accurate, bool hmm = true, int jobs = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        if (format == SegmentOutputFormat.Tsv)
            throw new ArgumentException("analysis-token TSV is written by GovText.Core.Tokens.AnalysisTokenTsv", nameof(format));
        return Run(input, output, () => new CutFormatter(segmenter, format, mode, hmm), header: null, jobs, cancellationToken);
    }

    /// <summary>The TSV header row of POS-tagged output.</summary>
    public const string TaggedTsvHeader = "line\tstart\tend\ttoken\tpos";

    /// <summary>
    /// POS-tags every line of <paramref name="input"/> as <c>jieba.posseg.lcut</c> does and writes it:
    /// text as <c>word/flag</c> pairs separated by one space (the People's Daily corpus convention), JSON as
    /// <c>[["word", "flag"], …]</c> per line, TSV as one row per pair (line, start, end, token, pos).
    /// </summary>
    /// <param name="input">UTF-16 text.</param>
    /// <param name="output">Where the pairs go.</param>
    /// <param name="segmenter">The segmenter (with any user words and tags).</param>
    /// <param name="format">Text, JSON lines or TSV.</param>
    /// <param name="hmm">Whether posseg's HMM recognises unknown words.</param>
    /// <param name="jobs">Threads that tag at once; the output is the same for every value (see <see cref="Write"/>).</param>
    /// <param name="cancellationToken">Checked between lines (between blocks with several jobs).</param>
    /// <returns>The number of lines read.</returns>
    public static long WriteTagged(TextReader input, TextWriter output, Segmenter segmenter, SegmentOutputFormat format,
        bool hmm = true, int jobs = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(segmenter);
        return Run(input, output, () => new TaggedFormatter(segmenter, format, hmm),
            format == SegmentOutputFormat.Tsv ? TaggedTsvHeader : null, jobs, cancellationToken);
    }

    private static long Run(TextReader input, TextWriter output, Func<LineFormatter> createFormatter, string? header, int jobs,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentOutOfRangeException.ThrowIfLessThan(jobs, 1);
        if (jobs > 1) return OrderedBlocks.Run(input, output, createFormatter, header, jobs, cancellationToken);

        var buffer = new OutputBuffer(output);
        if (header is not null) buffer.AppendLine(header);
        var formatter = createFormatter();
        long lines = 0;
        var reader = new LineReader(input);
        try
        {
            while (reader.TryReadLine(out var line))
            {
                cancellationToken.ThrowIfCancellationRequested();
                formatter.Format(line, ++lines, buffer);
            }
        }
        finally
        {
            // Also when the input turns out to be bad part-way: every line read before it is written.
            buffer.Flush();
        }
        return lines;
    }

    /// <summary>Formats one line's tokens; one instance per thread (it holds the per-line state the callbacks share).</summary>
    private abstract class LineFormatter
    {
        public abstract void Format(ReadOnlySpan<char> line, long lineNumber, OutputBuffer buffer);
    }

    private sealed class CutFormatter : LineFormatter
    {
        private readonly Segmenter _segmenter;
        private readonly SegmentationMode _mode;
        private readonly bool _hmm;
        private readonly bool _json;
        private readonly TokenCallback _onToken;
        private OutputBuffer _buffer = null!;
        private bool _first;

        public CutFormatter(Segmenter segmenter, SegmentOutputFormat format, SegmentationMode mode, bool hmm)
        {
            _segmenter = segmenter;
            _mode = mode;
            _hmm = hmm;
            _json = format == SegmentOutputFormat.Json;
            // The per-token path is compiled fully optimized up front: a command-line run is too short for
            // tiered JIT to promote them before most of the input has gone through slow tier-0 code.
            _onToken = [MethodImpl(MethodImplOptions.AggressiveOptimization)] (token, _, _) =>
            {
                _buffer.Append(_first ? "\"" : ", \"");
                AppendJsonEscaped(_buffer, token);
                _buffer.Append('"');
                _first = false;
            };
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public override void Format(ReadOnlySpan<char> line, long lineNumber, OutputBuffer buffer)
        {
            if (_json)
            {
                _buffer = buffer;
                _first = true;
                buffer.Append('[');
                _segmenter.Cut(line, _onToken, _mode, _hmm);
                buffer.Append(']');
            }
            else
            {
                // The text format, what `govtext segment` writes by default, goes through a struct sink: no delegate
                // call per token.
                var sink = new TextSink(buffer);
                _segmenter.Cut(line, ref sink, _mode, _hmm);
            }
            buffer.AppendLine(ReadOnlySpan<char>.Empty);
        }
    }

    /// <summary>Appends each token to the buffer, separated by " / ".</summary>
    private struct TextSink(OutputBuffer buffer) : ITokenSink
    {
        private bool _started;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Emit(ReadOnlySpan<char> token, int start, int end)
        {
            if (_started) buffer.Append(" / ");
            buffer.Append(token);
            _started = true;
        }
    }

    private sealed class TaggedFormatter : LineFormatter
    {
        private readonly Segmenter _segmenter;
        private readonly SegmentOutputFormat _format;
        private readonly bool _hmm;
        private readonly TaggedTokenCallback _onToken;
        private OutputBuffer _buffer = null!;
        private bool _first;
        private long _line;

        public TaggedFormatter(Segmenter segmenter, SegmentOutputFormat format, bool hmm)
        {
            _segmenter = segmenter;
            _format = format;
            _hmm = hmm;
            _onToken = format switch
            {
                SegmentOutputFormat.Json => (token, tag, _, _) =>
                {
                    _buffer.Append(_first ? "[\"" : ", [\"");
                    AppendJsonEscaped(_buffer, token);
                    _buffer.Append("\", \"").Append(tag).Append("\"]");
                    _first = false;
                },
                SegmentOutputFormat.Tsv => (token, tag, start, end) =>
                {
                    _buffer.Append(_line.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .Append(start.ToString(CultureInfo.InvariantCulture)).Append('\t')
                        .Append(end.ToString(CultureInfo.InvariantCulture)).Append('\t');
                    AppendTsvField(_buffer, token);
                    _buffer.Append('\t').AppendLine(tag);
                },
                _ => (token, tag, _, _) =>
                {
                    if (!_first) _buffer.Append(' ');
                    _buffer.Append(token).Append('/').Append(tag);
                    _first = false;
                },
            };
        }

        public override void Format(ReadOnlySpan<char> line, long lineNumber, OutputBuffer buffer)
        {
            _buffer = buffer;
            _first = true;
            _line = lineNumber;
            if (_format == SegmentOutputFormat.Json) buffer.Append('[');
            _segmenter.CutWithTags(line, _onToken, _hmm);
            if (_format == SegmentOutputFormat.Json) buffer.Append(']');
            if (_format != SegmentOutputFormat.Tsv) buffer.AppendLine(ReadOnlySpan<char>.Empty);
        }
    }

    // A TSV field cannot hold a tab or line break: whitespace tokens are written escaped (\t, \r, \n, \\).
    private static void AppendTsvField(OutputBuffer buffer, ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            buffer.Append(c switch
            {
                '\t' => "\\t",
                '\r' => "\\r",
                '\n' => "\\n",
                '\\' => "\\\\",
                _ => [c],
            });
        }
    }

    // json.dumps(ensure_ascii=False): only '"', '\\' and C0 controls are escaped.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AppendJsonEscaped(OutputBuffer buffer, ReadOnlySpan<char> s)
    {
        var start = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var c = s[i];
            if (c >= 0x20 && c != '"' && c != '\\') continue;
            buffer.Append(s[start..i]);
            buffer.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture),
            });
            start = i + 1;
        }
        buffer.Append(s[start..]);
    }

    /// <summary>
    /// A char buffer flushed to the destination in large chunks, or, without a destination, one block's output
    /// kept whole until the writer thread takes it.
    /// </summary>
    private sealed class OutputBuffer(TextWriter? destination)
    {
        private char[] _chars = new char[ChunkSize * 2];
        private int _length;

        /// <summary>What was appended since the last <see cref="Clear"/> (no destination only).</summary>
        public ReadOnlySpan<char> Written => _chars.AsSpan(0, _length);

        public void Clear() => _length = 0;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public OutputBuffer Append(ReadOnlySpan<char> s)
        {
            if (_length + s.Length > _chars.Length)
            {
                if (destination is null)
                {
                    Array.Resize(ref _chars, Math.Max(_length + s.Length, _chars.Length * 2));
                }
                else
                {
                    Flush();
                    if (s.Length > _chars.Length) { destination.Write(s); return this; }
                }
            }
            s.CopyTo(_chars.AsSpan(_length));
            _length += s.Length;
            return this;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public OutputBuffer Append(char c) => Append([c]);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public OutputBuffer AppendLine(ReadOnlySpan<char> s)
        {
            Append(s);
            Append('\n');
            if (destination is not null && _length >= ChunkSize) Flush();
            return this;
        }

        public void Flush()
        {
            if (destination is null) return;
            if (_length > 0) destination.Write(_chars, 0, _length);
            _length = 0;
            destination.Flush();
        }
    }

    private static ReadOnlySpan<char> TrimCr(ReadOnlySpan<char> s) => s.Length > 0 && s[^1] == '\r' ? s[..^1] : s;

    /// <summary>Splits a reader at '\n' only (ReadLine would also split at a lone '\r') and drops one trailing '\r'.</summary>
    private sealed class LineReader(TextReader input)
    {
        private char[] _buffer = new char[ChunkSize];
        private int _start;
        private int _end;
        private bool _eof;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryReadLine(out ReadOnlySpan<char> line)
        {
            var scanFrom = _start;
            while (true)
            {
                var nl = _buffer.AsSpan(scanFrom, _end - scanFrom).IndexOf('\n');
                if (nl >= 0)
                {
                    var lineEnd = scanFrom + nl;
                    line = TrimCr(_buffer.AsSpan(_start, lineEnd - _start));
                    _start = lineEnd + 1;
                    return true;
                }
                if (_eof)
                {
                    if (_start == _end) { line = default; return false; }
                    line = TrimCr(_buffer.AsSpan(_start, _end - _start));
                    _start = _end;
                    return true;
                }
                scanFrom = _end - _start;
                Fill();
            }
        }

        private void Fill()
        {
            // Move the partial line to the front, growing the buffer for lines longer than it.
            var pending = _end - _start;
            if (pending == _buffer.Length) Array.Resize(ref _buffer, _buffer.Length * 2);
            if (_start > 0) Array.Copy(_buffer, _start, _buffer, 0, pending);
            _start = 0;
            _end = pending;
            var read = input.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0) _eof = true;
            else _end += read;
        }

    }
}
