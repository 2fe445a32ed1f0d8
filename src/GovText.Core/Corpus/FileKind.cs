using System.Runtime.InteropServices;

namespace GovText.Core.Corpus;

/// <summary>
/// Tells regular files from FIFOs, sockets and devices, which .NET's file APIs do not distinguish. Opening a FIFO
/// for reading blocks until something writes to it, so such a file in a corpus would hang the run forever.
/// </summary>
public static partial class FileKind
{
    /// <summary>True when <paramref name="path"/> exists and is a FIFO, socket or device, not a regular file.</summary>
    public static bool IsSpecial(string path)
    {
        if (OperatingSystem.IsWindows()) return false;
        FileInfo info = new(path);
        // Regular files with content are the common case; only an apparently empty entry needs the probe.
        if (!info.Exists || info.Length > 0) return false;
        // Opened without blocking; a pipe or socket cannot seek (ESPIPE) and a socket cannot even be opened (ENXIO).
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

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags);

    [LibraryImport("libc", EntryPoint = "lseek", SetLastError = true)]
    private static partial long Seek(int fd, long offset, int whence);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);
}
