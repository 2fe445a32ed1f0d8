using System.Runtime.InteropServices;

namespace GovText.Core.Corpus;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which .NET's file APIs do not distinguish. Opening a FIFO
/// for reading blocks until something writes to it, so such a file in a corpus would hang the run forever; a device
/// reads as empty (<c>/dev/null</c>) or endless (<c>/dev/zero</c>). Symbolic links are followed: what counts is what
/// reading the path would open.
/// </summary>
public static partial class FileKind
{
    private const int AtFdCwd = -100;
    private const uint StatxType = 0x0001;

    /// <summary>True when <paramref name="path"/> exists and is a FIFO, socket or device, not a regular file.</summary>
    public static bool IsSpecial(string path) => Describe(path) is not null;

    /// <summary>What <paramref name="path"/> is when it is not a regular file or folder ("a FIFO", "a character device"…), else null.</summary>
    public static string? Describe(string path)
    {
        if (OperatingSystem.IsWindows()) return null;
        if (OperatingSystem.IsLinux() && StatxMode(path) is { } mode)
        {
            return (mode & 0xF000) switch
            {
                0x1000 => "a FIFO (named pipe)",
                0x2000 => "a character device",
                0x6000 => "a block device",
                0xC000 => "a socket",
                _ => null,
            };
        }
        return Probe(path) ? "a FIFO, socket or device" : null;
    }

    // statx's buffer (native byte order) has the same layout on every Linux architecture (unlike struct stat): stx_mode is the 16 bits at
    // offset 28. Null when the call is unavailable (glibc before 2.28) or fails (no such file): the probe decides.
    private static int? StatxMode(string path)
    {
        Span<byte> buffer = stackalloc byte[256];
        try
        {
            if (Statx(AtFdCwd, path, 0, StatxType, ref MemoryMarshal.GetReference(buffer)) != 0) return null;
        }
        catch (EntryPointNotFoundException)
        {
            return null;
        }
        return MemoryMarshal.Read<ushort>(buffer[28..]);
    }

    // Elsewhere (macOS): regular files with content are the common case; only an apparently empty entry is probed,
    // opened without blocking. A pipe or socket cannot seek (ESPIPE) and a socket cannot even be opened (ENXIO).
    private static bool Probe(string path)
    {
        FileInfo info = new(path);
        if (!info.Exists || info.Length > 0) return false;
        var flags = OperatingSystem.IsMacOS() ? 0x0004 : 0x0800; // O_RDONLY | O_NONBLOCK
        var fd = Open(path, flags);
        if (fd < 0) return Marshal.GetLastPInvokeError() is 6 or 102; // ENXIO (Linux, macOS): a socket
        try
        {
            return Seek(fd, 0, 2) < 0;
        }
        finally
        {
            _ = Close(fd);
        }
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int dirfd, string path, int flags, uint mask, ref byte buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static partial long Seek(int fd, long offset, int whence);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
