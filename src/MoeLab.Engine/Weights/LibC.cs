using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MoeLab.Engine.Weights;

/// <summary>
/// The few Linux libc calls that .NET does not expose with these semantics: O_DIRECT opens for the expert store, a
/// read-only shared mapping with madvise hints for the mmap source, mincore residency and fadvise eviction for
/// <see cref="PageCache"/>. Constants are the Linux (asm-generic and x86) values.
/// </summary>
internal static unsafe partial class LibC
{
    public const int ORdOnly = 0;
    public const int OCloExec = 0x80000;
    public const int PosixFadvRandom = 1, PosixFadvDontNeed = 4;
    public const int ProtRead = 1;
    public const int MapShared = 1;
    public const int MapPopulate = 0x8000;
    public const int MadvNormal = 0, MadvRandom = 1, MadvWillNeed = 3;
    public static readonly nint MapFailed = -1;
    public const int EInval = 22;

    /// <summary>O_DIRECT differs by architecture (asm-generic vs x86); null where we do not know it.</summary>
    public static int? ODirect => RuntimeInformation.ProcessArchitecture switch
    {
        Architecture.X64 or Architecture.X86 => 0x4000,
        Architecture.Arm64 or Architecture.Arm => 0x10000,
        _ => null,
    };

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "posix_fadvise")]
    public static partial int PosixFadvise(int fd, long offset, long length, int advice);

    [LibraryImport("libc", EntryPoint = "mmap", SetLastError = true)]
    public static partial nint Mmap(nint address, nuint length, int protection, int flags, int fd, long offset);

    [LibraryImport("libc", EntryPoint = "munmap", SetLastError = true)]
    public static partial int Munmap(nint address, nuint length);

    [LibraryImport("libc", EntryPoint = "mincore", SetLastError = true)]
    public static partial int Mincore(nint address, nuint length, byte* vector);

    [LibraryImport("libc", EntryPoint = "madvise", SetLastError = true)]
    public static partial int Madvise(nint address, nuint length, int advice);

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
