using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace GovText.Segmentation;

public static partial class SegmentationWriter
{
    /// <summary>
    /// The parallel path of <see cref="Write"/> and <see cref="WriteTagged"/>: the calling thread reads the input in
    /// blocks of whole lines and hands each block to one of <c>jobs</c> worker threads, which segments it into the
    /// block's own output buffer; the calling thread then writes the blocks' output strictly in input order. At
    /// most a fixed window of blocks is in flight (read but not yet written), and their buffers are reused, so
    /// memory does not grow with the input.
    /// </summary>
    private static class OrderedBlocks
    {
        // ~256 KB of UTF-16 per block: a few milliseconds of segmenting, so handing blocks over costs nothing
        // measurable, while the window (2 blocks per worker, plus 2) stays a few megabytes even on many cores.
        private const int BlockChars = 1 << 17;

        public static long Run(TextReader input, TextWriter output, Func<LineFormatter> createFormatter, string? header, int jobs,
            CancellationToken cancellationToken)
        {
            var window = 2 * jobs + 2;
            using var work = new BlockingCollection<Block>();
            var workers = new Thread[jobs];
            for (var i = 0; i < jobs; i++)
            {
                workers[i] = new Thread(() => Work(work, createFormatter)) { IsBackground = true, Name = "segment worker " + (i + 1) };
                workers[i].Start();
            }
            var inFlight = new Queue<Block>(window);
            var free = new Stack<Block>(window);
            long lines = 0;
            try
            {
                if (header is not null)
                {
                    output.Write(header);
                    output.Write('\n');
                }
                var reader = new BlockReader(input);
                Exception? readError = null;
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
                        block.Prepare();
                        inFlight.Enqueue(block);
                        work.Add(block, cancellationToken);
                        if (inFlight.Count >= window) free.Push(WriteOldest(inFlight, output));
                    }
                    else
                    {
                        free.Push(block);
                    }
                    if (!more) break;
                }
                while (inFlight.Count > 0) WriteOldest(inFlight, output);
                output.Flush();
                if (readError is not null) ExceptionDispatchInfo.Capture(readError).Throw();
                return lines;
            }
            finally
            {
                work.CompleteAdding();
                foreach (var worker in workers) worker.Join();
                foreach (var block in inFlight) block.Dispose();
                foreach (var block in free) block.Dispose();
            }
        }

        private static Block WriteOldest(Queue<Block> inFlight, TextWriter output)
        {
            var block = inFlight.Dequeue();
            block.Done.Wait();
            if (block.Error is not null) ExceptionDispatchInfo.Capture(block.Error).Throw();
            var written = block.Output.Written;
            if (!written.IsEmpty) output.Write(written);
            return block;
        }

        private static void Work(BlockingCollection<Block> work, Func<LineFormatter> createFormatter)
        {
            var formatter = createFormatter();
            foreach (var block in work.GetConsumingEnumerable())
            {
                try
                {
                    block.Segment(formatter);
                }
                catch (Exception ex)
                {
                    // Rethrown on the writing thread when this block's turn comes, so earlier blocks are still written.
                    block.Error = ex;
                }
                finally
                {
                    block.Done.Set();
                }
            }
        }
    }

    /// <summary>Whole lines of input (each ending in '\n', except the file's last) and the output they give.</summary>
    private sealed class Block : IDisposable
    {
        public char[] Text = new char[(1 << 17) + ChunkSize];
        public int Length;
        public int LineCount;
        public long FirstLine;
        public Exception? Error;
        public readonly OutputBuffer Output = new(null);
        public readonly ManualResetEventSlim Done = new(false);

        public void Prepare()
        {
            Error = null;
            Output.Clear();
            Done.Reset();
        }

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

        public void Dispose() => Done.Dispose();
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
