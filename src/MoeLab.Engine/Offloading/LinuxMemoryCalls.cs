using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// The Linux libc calls the mmap expert source and <see cref="PageCache"/> need and .NET does not expose with these
/// semantics: a read-only shared mapping with madvise hints, mincore residency, and fadvise eviction. Constants are
/// the Linux (asm-generic and x86) values.
/// </summary>
internal static unsafe partial class LinuxMemoryCalls
{
    public const int ProtRead = 0x1;
    public const int MapShared = 0x01;
    public const int MapPopulate = 0x8000;
    public const int MadvNormal = 0, MadvRandom = 1, MadvWillNeed = 3;
    public const int PosixFadvDontNeed = 4;
    public static readonly nint MapFailed = -1;

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    public static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    public static partial int Munmap(nint address, nuint length);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    public static partial int Madvise(nint address, nuint length, int advice);

    [LibraryImport("libc", EntryPoint = "mincore", SetLastError = true)]
    public static partial int Mincore(nint address, nuint length, byte* vector);

    /// <summary>Returns the error number itself (0 on success), not −1 and errno.</summary>
    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    public static partial int PosixFadvise(int fd, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);

    public static int Fd(SafeFileHandle handle) => (int)handle.DangerousGetHandle();

    public static string LastError() => Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());

    public static void RequireLinux(string what)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException($"{what} uses Linux mmap/madvise/mincore/fadvise semantics");
    }

    /// <summary>Maps a whole file read-only and shared (the page cache's own pages, no private copy).</summary>
    public static (nint Address, long Length) MapWholeFile(string path, int flags = MapShared)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var length = RandomAccess.GetLength(handle);
        if (length == 0) return (0, 0);
        // The mapping outlives the descriptor: closing the file does not unmap it.
        var address = Mmap(0, (nuint)length, ProtRead, flags, Fd(handle), 0);
        if (address == MapFailed) throw new IOException($"mmap of {path} ({length} bytes) failed: {LastError()}");
        return (address, length);
    }
}
