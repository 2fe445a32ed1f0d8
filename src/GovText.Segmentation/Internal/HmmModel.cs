using System.Runtime.CompilerServices;

namespace GovText.Segmentation.Internal;

/// <summary>
/// finalseg's B/M/E/S model. States are indexed B=0, E=1, M=2, S=3 (the converter's order).
/// Emissions are only ever looked up for finalseg's re_han range, so they live in one dense table
/// over U+4E00..U+9FD5 with jieba's MIN_FLOAT for characters the model does not know; the converter
/// writes that table as it is used, and it is read in place from the assembly's image.
/// </summary>
internal sealed unsafe class HmmModel
{
    /// <summary>finalseg.MIN_FLOAT.</summary>
    public const double MinFloat = -3.14e100;

    /// <summary>First code unit of the emission table.</summary>
    public const char HanFirst = '\u4E00';

    /// <summary>The resource's name under Resources/.</summary>
    public const string ResourceName = "jieba-hmm.bin";

    /// <summary>The resource's layout (GTJH v2: no header fields, 3 parts).</summary>
    public static readonly ModelFormat Format = new(ResourceName, "GTJH", 2, 0, 3);

    private const int HanCount = 0x9FD5 - 0x4E00 + 1;

    private readonly ModelResource _resource;
    private readonly double* _start;
    private readonly double* _trans;
    private readonly double* _emit;

    private HmmModel(ModelResource resource)
    {
        _resource = resource;
        _start = resource.Part<double>(0, 4);
        _trans = resource.Part<double>(1, 16);
        _emit = resource.Part<double>(2, HanCount * 4);
    }

    /// <summary>start_P per state.</summary>
    public ReadOnlySpan<double> Start => new(_start, 4);

    /// <summary>trans_P[from * 4 + to], MIN_FLOAT where jieba has no entry.</summary>
    public ReadOnlySpan<double> Trans => new(_trans, 16);

    /// <summary>emit_P[(c - U+4E00) * 4 + state].</summary>
    public ReadOnlySpan<double> Emit => new(_emit, HanCount * 4);

    /// <summary>Opens the embedded HMM (see tools/jieba-convert/README.md for the layout).</summary>
    public static HmmModel LoadEmbedded() => new(ModelResource.Open(Format));

    /// <summary>Reads an HMM resource from a stream, used in place when the stream is the assembly's memory.</summary>
    /// <param name="resource">The converter's jieba-hmm.bin; kept open while the model is in use.</param>
    public static HmmModel Load(Stream resource) => new(ModelResource.From(resource, Format));
}
