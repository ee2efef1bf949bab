using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace MoeLab.Engine.Weights;

/// <summary>
/// What of a file the kernel's page cache holds (mincore over a read-only mapping) and a way to drop it, so
/// tests and the device probe can show direct reads leave the cache alone and start cold.
/// </summary>
public static unsafe class PageCache
{
    /// <summary>Pages of [offset, offset + length) resident in the page cache, and the pages in that range.</summary>
    public static (long Resident, long Pages) Residency(string path, long offset, long length)
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("mincore residency is Linux-only");
        var pageSize = Environment.SystemPageSize;
        var start = offset / pageSize * pageSize;
        var mapLength = (nuint)(offset + length - start);
        if (mapLength == 0) return (0, 0);
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var address = LibC.Mmap(0, mapLength, LibC.ProtRead, LibC.MapShared, Fd(handle), start);
        if (address == -1) throw new IOException($"mmap of {path} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
        try
        {
            var pages = (long)((mapLength + (nuint)pageSize - 1) / (nuint)pageSize);
            var vector = new byte[pages];
            fixed (byte* v = vector)
                if (LibC.Mincore(address, mapLength, v) != 0)
                    throw new IOException($"mincore on {path} failed: {Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError())}");
            return (vector.Count(b => (b & 1) != 0), pages);
        }
        finally
        {
            _ = LibC.Munmap(address, mapLength);
        }
    }

    /// <summary>Writes back and evicts the file's cached pages (fsync, then posix_fadvise DONTNEED).</summary>
    public static void Drop(string path)
    {
        if (!OperatingSystem.IsLinux()) return;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        _ = LibC.Fsync(Fd(handle));
        _ = LibC.PosixFadvise(Fd(handle), 0, 0, LibC.PosixFadvDontNeed);
    }

    private static int Fd(SafeFileHandle handle) => (int)handle.DangerousGetHandle();
}
