namespace MoeLab.Engine.Weights;

/// <summary>
/// How much of a file the kernel's page cache holds, and a way to evict it without root — so an mmap run
/// (<see cref="Offloading.MappedExpertSource"/>) can start from a cold cache and report what it pulled in, and tests can
/// show that direct reads leave the cache alone. Linux only.
/// </summary>
public static unsafe class PageCache
{
    /// <summary>
    /// Asks the kernel to drop the file's cached pages: fsync (dirty pages cannot be dropped, and a freshly written
    /// file is all dirty), then posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED). Pages mapped by a live process, and
    /// every page on tmpfs or overlay upper layers that live only in memory, stay: DONTNEED is advice. Check with
    /// <see cref="ResidentBytes"/>.
    /// </summary>
    public static void DropFile(string path)
    {
        LibC.RequireLinux(nameof(DropFile));
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var fd = LibC.Fd(handle);
        if (LibC.Fsync(fd) != 0) throw new IOException($"fsync of {path} failed: {LibC.LastError()}");
        var error = LibC.PosixFadvise(fd, 0, 0, LibC.PosixFadvDontNeed);
        if (error != 0) throw new IOException($"posix_fadvise(DONTNEED) on {path} failed with error {error}");
    }

    /// <summary>Bytes of the file the page cache holds now (mincore over a fresh read-only mapping, which itself
    /// touches nothing); the last page counts only up to the end of the file.</summary>
    public static long ResidentBytes(string path)
    {
        LibC.RequireLinux(nameof(ResidentBytes));
        var (address, length) = LibC.MapWholeFile(path);
        if (length == 0) return 0;
        try
        {
            return ResidentBytes(address, length, path);
        }
        finally
        {
            _ = LibC.Munmap(address, (nuint)length);
        }
    }

    /// <summary>Bytes of [offset, offset + length) of the file that the page cache holds (whole pages overlapping it).</summary>
    public static long ResidentBytes(string path, long offset, long length)
    {
        LibC.RequireLinux(nameof(ResidentBytes));
        long pageSize = Environment.SystemPageSize;
        var start = offset / pageSize * pageSize;
        var mapLength = offset + length - start;
        if (mapLength <= 0) return 0;
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        var address = LibC.Mmap(0, (nuint)mapLength, LibC.ProtRead, LibC.MapShared, LibC.Fd(handle), start);
        if (address == LibC.MapFailed) throw new IOException($"mmap of {path} failed: {LibC.LastError()}");
        try
        {
            return ResidentBytes(address, mapLength, path);
        }
        finally
        {
            _ = LibC.Munmap(address, (nuint)mapLength);
        }
    }

    /// <summary>Resident bytes of an existing mapping [address, address + length) (address page-aligned).</summary>
    internal static long ResidentBytes(nint address, long length, string what)
    {
        long pageSize = Environment.SystemPageSize;
        var pages = (length + pageSize - 1) / pageSize;
        var vector = new byte[pages];
        fixed (byte* v = vector)
            if (LibC.Mincore(address, (nuint)length, v) != 0)
                throw new IOException($"mincore on {what} failed: {LibC.LastError()}");
        long resident = 0;
        for (var p = 0L; p < pages; p++)
            if ((vector[p] & 1) != 0) resident += Math.Min(pageSize, length - p * pageSize);
        return resident;
    }
}
