using System.Runtime.InteropServices;

namespace GovText.Report.Rendering;

/// <summary>
/// Cuts a font down to the characters a report uses, with HarfBuzz's subsetter (hb-subset, in the HarfBuzzSharp native
/// library the chart renderer already ships): a few hundred glyphs of a CJK font instead of tens of thousands.
/// </summary>
internal static partial class FontSubsetter
{
    private const string Library = "libHarfBuzzSharp";
    private const uint NoHinting = 0x1;
    private const int ReadOnlyMemory = 1; // HB_MEMORY_MODE_READONLY

    /// <summary>
    /// The subset of face <paramref name="faceIndex"/> of <paramref name="font"/> (TrueType/OpenType bytes) holding the
    /// glyphs of <paramref name="codePoints"/> the font has; hinting dropped. The same input gives the same bytes.
    /// </summary>
    /// <exception cref="InvalidOperationException">HarfBuzz could not subset the font.</exception>
    public static byte[] Subset(byte[] font, int faceIndex, IEnumerable<int> codePoints)
    {
        var pinned = GCHandle.Alloc(font, GCHandleType.Pinned);
        IntPtr blob = 0, face = 0, input = 0, subset = 0, result = 0;
        try
        {
            blob = hb_blob_create(pinned.AddrOfPinnedObject(), (uint)font.Length, ReadOnlyMemory, 0, 0);
            face = hb_face_create(blob, (uint)faceIndex);
            input = hb_subset_input_create_or_fail();
            if (input == 0) throw new InvalidOperationException("HarfBuzz could not create a subset input");
            hb_subset_input_set_flags(input, NoHinting);
            var unicodes = hb_subset_input_unicode_set(input);
            foreach (var cp in codePoints.Distinct().Order()) hb_set_add(unicodes, (uint)cp);
            subset = hb_subset_or_fail(face, input);
            if (subset == 0) throw new InvalidOperationException("HarfBuzz could not subset the font");
            result = hb_face_reference_blob(subset);
            var data = hb_blob_get_data(result, out var length);
            if (data == 0 || length == 0) throw new InvalidOperationException("HarfBuzz returned an empty font subset");
            var bytes = new byte[length];
            Marshal.Copy(data, bytes, 0, (int)length);
            return bytes;
        }
        finally
        {
            if (result != 0) hb_blob_destroy(result);
            if (subset != 0) hb_face_destroy(subset);
            if (input != 0) hb_subset_input_destroy(input);
            if (face != 0) hb_face_destroy(face);
            if (blob != 0) hb_blob_destroy(blob);
            pinned.Free();
        }
    }

    [LibraryImport(Library)] private static partial IntPtr hb_blob_create(IntPtr data, uint length, int mode, IntPtr userData, IntPtr destroy);
    [LibraryImport(Library)] private static partial void hb_blob_destroy(IntPtr blob);
    [LibraryImport(Library)] private static partial IntPtr hb_blob_get_data(IntPtr blob, out uint length);
    [LibraryImport(Library)] private static partial IntPtr hb_face_create(IntPtr blob, uint index);
    [LibraryImport(Library)] private static partial void hb_face_destroy(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_face_reference_blob(IntPtr face);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_create_or_fail();
    [LibraryImport(Library)] private static partial void hb_subset_input_destroy(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_subset_input_set_flags(IntPtr input, uint flags);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_input_unicode_set(IntPtr input);
    [LibraryImport(Library)] private static partial void hb_set_add(IntPtr set, uint codePoint);
    [LibraryImport(Library)] private static partial IntPtr hb_subset_or_fail(IntPtr face, IntPtr input);
}
