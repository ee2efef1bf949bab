using System.Runtime.InteropServices;

namespace MoeLab.Engine.Weights;

/// <summary>The few Linux libc calls the direct-I/O path needs that .NET does not expose (O_DIRECT, fadvise, mincore).</summary>
internal static unsafe partial class LibC
{
    public const int ORdOnly = 0;
    public const int OCloExec = 0x80000;
    public const int PosixFadvDontNeed = 4;
    public const int ProtRead = 1;
    public const int MapShared = 1;
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

    [LibraryImport("libc", EntryPoint = "fsync", SetLastError = true)]
    public static partial int Fsync(int fd);
}
