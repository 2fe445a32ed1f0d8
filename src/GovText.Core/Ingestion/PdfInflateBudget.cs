using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace GovText.Core.Ingestion;

/// <summary>
/// PdfPig's stream filters with a bound on what one PDF may inflate to (<see cref="IngestLimits.MaxInflatedBytes"/>
/// per stream, <see cref="IngestLimits.MaxInflatedBytesPerPdf"/> for the document). PdfPig inflates a stream into
/// one array, so a 1 MB flate bomb takes gigabytes of memory before anything could look at its size: a Flate stream's
/// size is therefore measured first, by inflating it into a small reused buffer, and decoded only when it fits.
/// One instance serves one document.
/// </summary>
public sealed class PdfInflateBudget : IFilterProvider
{
    private readonly IFilterProvider _inner = DefaultFilterProvider.Instance;
    private readonly CancellationToken _cancellationToken;
    private long _total;

    /// <summary>A fresh budget for one document; inflating stops when <paramref name="cancellationToken"/> fires.</summary>
    public PdfInflateBudget(CancellationToken cancellationToken = default) => _cancellationToken = cancellationToken;

    /// <summary>The limit the document crossed, or null: PdfPig may swallow or wrap the exception, so the reader asks here.</summary>
    public IngestException? Exceeded { get; private set; }

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Wrap(_inner.GetFilters(dictionary));

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Wrap(_inner.GetNamedFilters(names));

    /// <inheritdoc />
    public IReadOnlyList<IFilter> GetAllFilters() => Wrap(_inner.GetAllFilters());

    private IFilter[] Wrap(IReadOnlyList<IFilter> filters) => filters.Select(f => (IFilter)new BoundedFilter(f, this)).ToArray();

    private void Add(long bytes)
    {
        _total += bytes;
        if (bytes > IngestLimits.MaxInflatedBytes)
            Fail($"a stream of the PDF inflates to more than {IngestLimits.MaxInflatedBytes >> 20} MB, GovText's limit per stream");
        if (_total > IngestLimits.MaxInflatedBytesPerPdf)
            Fail($"the PDF's streams inflate to more than {IngestLimits.MaxInflatedBytesPerPdf >> 20} MB together, GovText's limit per PDF");
    }

    private void Fail(string what)
    {
        Exceeded ??= new IngestException(what + ": a decompression bomb, or a PDF far beyond any real paper; the file is not read");
        throw Exceeded;
    }

    // The size a Flate stream inflates to, counted without keeping the output; stops as soon as it is over the limit.
    // A stream that is not valid zlib data counts as what was inflated before the error: PdfPig then decides.
    private long MeasureFlate(ReadOnlyMemory<byte> input)
    {
        var buffer = new byte[1 << 16];
        long size = 0;
        using var source = new ZLibStream(new MemoryStream(input.ToArray(), writable: false), CompressionMode.Decompress);
        try
        {
            int read;
            while ((read = source.Read(buffer)) > 0)
            {
                size += read;
                if (size > IngestLimits.MaxInflatedBytes || _total + size > IngestLimits.MaxInflatedBytesPerPdf) break;
                _cancellationToken.ThrowIfCancellationRequested();
            }
        }
        catch (InvalidDataException)
        {
            // Damaged or raw deflate data: PdfPig's own filter handles (or reports) it.
        }
        return size;
    }

    private sealed class BoundedFilter(IFilter inner, PdfInflateBudget budget) : IFilter
    {
        public bool IsSupported => inner.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            if (inner is FlateFilter)
            {
                var size = budget.MeasureFlate(input);
                if (size > IngestLimits.MaxInflatedBytes || budget._total + size > IngestLimits.MaxInflatedBytesPerPdf) budget.Add(size);
            }
            var output = inner.Decode(input, streamDictionary, filterProvider, filterIndex);
            budget.Add(output.Length);
            return output;
        }
    }
}
