using System.Runtime.ExceptionServices;

namespace GovText.Segmentation;

public static partial class SegmentationWriter
{
    /// <summary>
    /// The parallel path of <see cref="Write"/> and <see cref="WriteTagged"/>: the calling thread reads the input in
    /// blocks of whole lines and hands them to an <see cref="OrderedWindow{TIn,TOut}"/>, whose tasks segment each
    /// block into its own output buffer (one formatter per thread); the calling thread writes the blocks' output
    /// strictly in input order. At most twice <c>jobs</c> blocks are in flight and their buffers are reused, so memory
    /// does not grow with the input.
    /// </summary>
    private static class OrderedBlocks
    {
        // ~256 KB of UTF-16 per block: a few milliseconds of segmenting, so handing blocks over costs nothing
        // measurable, while the window (2 blocks per job) stays a few megabytes even on many cores.
        private const int BlockChars = 1 << 17;

        public static long Run(TextReader input, TextWriter output, Func<LineFormatter> createFormatter, string? header, int jobs,
            CancellationToken cancellationToken)
        {
            // Not disposed: after an error, blocks still in flight may be using their thread's formatter.
            var formatters = new ThreadLocal<LineFormatter>(createFormatter);
            var free = new Stack<Block>();
            var window = new OrderedWindow<Block, Block>(
                block =>
                {
                    block.Segment(formatters.Value!);
                    return block;
                },
                block =>
                {
                    var written = block.Output.Written;
                    if (!written.IsEmpty) output.Write(written);
                    free.Push(block);
                },
                2 * jobs);
            if (header is not null)
            {
                output.Write(header);
                output.Write('\n');
            }
            var reader = new BlockReader(input);
            Exception? readError = null;
            long lines = 0;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var block = free.Count > 0 ? free.Pop() : new Block();
                bool more;
                try
                {
                    more = reader.Fill(block);
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException)
                {
                    // As on one thread: the whole lines read before the bad bytes are still written, then the error.
                    readError = ex;
                    more = false;
                }
                if (block.LineCount > 0)
                {
                    block.FirstLine = lines + 1;
                    lines += block.LineCount;
                    block.Output.Clear();
                    // A block whose segmenting failed rethrows here in its turn, after every earlier block was written.
                    window.Add(block);
                }
                else
                {
                    free.Push(block);
                }
                if (!more) break;
            }
            window.Drain();
            output.Flush();
            if (readError is not null) ExceptionDispatchInfo.Capture(readError).Throw();
            return lines;
        }
    }

    /// <summary>Whole lines of input (each ending in '\n', except the file's last) and the output they give.</summary>
    private sealed class Block
    {
        public char[] Text = new char[(1 << 17) + ChunkSize];
        public int Length;
        public int LineCount;
        public long FirstLine;
        public readonly OutputBuffer Output = new(null);

        public void Segment(LineFormatter formatter)
        {
            var text = Text.AsSpan(0, Length);
            var lineNumber = FirstLine;
            while (!text.IsEmpty)
            {
                var nl = text.IndexOf('\n');
                var line = nl < 0 ? text : text[..nl];
                formatter.Format(TrimCr(line), lineNumber++, Output);
                text = nl < 0 ? default : text[(nl + 1)..];
            }
        }
    }

    /// <summary>Cuts a reader into blocks of whole lines, carrying a partial last line over to the next block.</summary>
    private sealed class BlockReader(TextReader input)
    {
        private char[] _carry = new char[ChunkSize];
        private int _carryLength;
        private bool _eof;

        /// <summary>Fills <paramref name="block"/>; false when the input is exhausted (the block may still hold lines).</summary>
        public bool Fill(Block block)
        {
            block.Length = 0;
            block.LineCount = 0;
            if (_eof) return false;
            EnsureCapacity(block, _carryLength);
            _carry.AsSpan(0, _carryLength).CopyTo(block.Text);
            var length = _carryLength;
            _carryLength = 0;
            var cut = 0;
            try
            {
                // Read until the block is full and holds a line break (a line longer than a block grows the block).
                while (!_eof && (length < (1 << 17) || cut == 0))
                {
                    EnsureCapacity(block, length + ChunkSize);
                    var read = input.Read(block.Text, length, block.Text.Length - length);
                    if (read == 0)
                    {
                        _eof = true;
                        break;
                    }
                    var nl = block.Text.AsSpan(length, read).LastIndexOf('\n');
                    length += read;
                    if (nl >= 0) cut = length - read + nl + 1;
                }
            }
            finally
            {
                // On a read error too: the whole lines read so far form the block; the partial one is dropped.
                if (_eof && length > cut) cut = length;
                Carry(block, cut, length);
                block.Length = cut;
                var text = block.Text.AsSpan(0, cut);
                block.LineCount = text.Count('\n') + (cut > 0 && text[^1] != '\n' ? 1 : 0);
            }
            return !_eof;
        }

        private void Carry(Block block, int cut, int length)
        {
            _carryLength = length - cut;
            if (_carry.Length < _carryLength) _carry = new char[_carryLength];
            block.Text.AsSpan(cut, _carryLength).CopyTo(_carry);
        }

        private static void EnsureCapacity(Block block, int n)
        {
            if (block.Text.Length < n) Array.Resize(ref block.Text, Math.Max(n, block.Text.Length * 2));
        }
    }
}
