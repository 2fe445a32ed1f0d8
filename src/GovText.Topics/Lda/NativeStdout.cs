using System.Runtime.InteropServices;

namespace GovText.Topics.Lda;

/// <summary>
/// Keeps native code from writing to the process's standard output. ML.NET's LightLDA (libLdaNative) prints
/// <c>loglikelihood @iter…</c> lines with C stdio straight to file descriptor 1, bypassing <see cref="Console"/>;
/// GovText's stdout carries data and summaries only. On Linux and macOS, descriptor 1 is pointed at /dev/null around
/// the native call (dup/dup2) and restored after, with C stdio flushed on both sides so nothing buffered leaks out
/// later. Process-wide, so calls are serialized. On Windows, where the C runtime is the caller's, nothing is redirected.
/// </summary>
internal static class NativeStdout
{
    private static readonly object Gate = new();

    /// <summary>For tests: when false, <see cref="Silence"/> runs the action without redirecting (to show the test can fail).</summary>
    internal static bool Enabled { get; set; } = true;

    /// <summary>Runs <paramref name="action"/> with descriptor 1 pointed at /dev/null.</summary>
    public static T Silence<T>(Func<T> action)
    {
        if (!Enabled || !(OperatingSystem.IsLinux() || OperatingSystem.IsMacOS())) return action();
        lock (Gate)
        {
            Console.Out.Flush();
            Libc.fflush(IntPtr.Zero);
            var saved = Libc.dup(1);
            if (saved < 0) return action();
            var devNull = Libc.open("/dev/null", 1 /* O_WRONLY */);
            if (devNull < 0)
            {
                Libc.close(saved);
                return action();
            }
            Libc.dup2(devNull, 1);
            Libc.close(devNull);
            try
            {
                return action();
            }
            finally
            {
                Libc.fflush(IntPtr.Zero);
                Libc.dup2(saved, 1);
                Libc.close(saved);
            }
        }
    }

    /// <summary>Runs <paramref name="action"/> with descriptor 1 pointed at <paramref name="path"/> (tests capture stdout with it).</summary>
    internal static T RedirectTo<T>(string path, Func<T> action)
    {
        lock (Gate)
        {
            Console.Out.Flush();
            Libc.fflush(IntPtr.Zero);
            var saved = Libc.dup(1);
            var fd = Libc.open(path, 1 | 0x40 /* O_WRONLY | O_CREAT (Linux) */, 0x1A4);
            Libc.dup2(fd, 1);
            Libc.close(fd);
            try
            {
                return action();
            }
            finally
            {
                Libc.fflush(IntPtr.Zero);
                Libc.dup2(saved, 1);
                Libc.close(saved);
            }
        }
    }

    private static class Libc
    {
        [DllImport("libc", SetLastError = true)]
        public static extern int dup(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int dup2(int oldFd, int newFd);

        [DllImport("libc", SetLastError = true)]
        public static extern int close(int fd);

        [DllImport("libc", SetLastError = true)]
        public static extern int fflush(IntPtr stream);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
        public static extern int open(string path, int flags);

        [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
        public static extern int open(string path, int flags, int mode);
    }
}
