using MoeLab.Engine.Weights;
using MoeLab.Engine.Offloading;
using Xunit.Abstractions;

namespace MoeLab.Engine.Tests;

public sealed class PageCacheTests(ITestOutputHelper output) : IDisposable
{
    // Under the test's output directory (on the checkout's disk), not /tmp: DONTNEED cannot evict tmpfs pages.
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "page-cache-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    /// <summary>The filesystem a directory is on ("ext4", "tmpfs", "overlay", ...).</summary>
    internal static string FileSystem(string dir) => new DriveInfo(dir).DriveFormat;

    /// <summary>Where fadvise DONTNEED cannot evict: memory-only filesystems. xunit 2 has no runtime skip, so the
    /// caller returns early after logging why.</summary>
    internal static bool CannotDrop(string dir, ITestOutputHelper output)
    {
        var fs = FileSystem(dir);
        if (fs is not ("tmpfs" or "overlay" or "ramfs")) return false;
        output.WriteLine($"SKIPPED: {dir} is on {fs}, where POSIX_FADV_DONTNEED cannot evict pages; the page-cache checks need a disk filesystem.");
        return true;
    }

    [Fact]
    public void ReadFileIsResident_DropFileEvictsIt()
    {
        if (CannotDrop(_dir, output)) return;
        var path = Path.Combine(_dir, "data.bin");
        var bytes = new byte[8 << 20];
        new Random(1).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        _ = File.ReadAllBytes(path);
        var before = PageCache.ResidentBytes(path);
        Assert.True(before > bytes.Length / 2, $"after a full read {before} of {bytes.Length} bytes resident");
        Assert.True(before <= bytes.Length);

        PageCache.DropFile(path);
        var after = PageCache.ResidentBytes(path);
        output.WriteLine($"{FileSystem(_dir)}: resident {before} → {after} bytes of {bytes.Length}");
        Assert.True(after <= bytes.Length / 10, $"after DropFile {after} of {bytes.Length} bytes still resident ({FileSystem(_dir)})");

        // Reading part of it again brings back about that part (plus readahead), not the whole file.
        using (var stream = File.OpenRead(path)) stream.ReadExactly(new byte[1 << 20]);
        var partial = PageCache.ResidentBytes(path);
        Assert.InRange(partial, 1 << 20, bytes.Length - 1);
    }

    [Fact]
    public void ResidentBytes_EmptyFileIsZero_MissingFileThrows()
    {
        var empty = Path.Combine(_dir, "empty.bin");
        File.WriteAllBytes(empty, []);
        Assert.Equal(0, PageCache.ResidentBytes(empty));
        Assert.Throws<FileNotFoundException>(() => PageCache.ResidentBytes(Path.Combine(_dir, "missing.bin")));
        Assert.Throws<FileNotFoundException>(() => PageCache.DropFile(Path.Combine(_dir, "missing.bin")));
    }

    [Fact]
    public void PageFaults_ParsesStatLineWithSpacesAndParensInTheName()
    {
        // pid (comm) state ppid pgrp session tty tpgid flags minflt cminflt majflt ...
        var faults = PageFaults.Parse("42 (a b) c)) S 1 42 42 0 -1 4194560 1234 0 56 0 7 3 0 0 20 0 1 0");
        Assert.Equal(new PageFaults(1234, 56), faults);
        Assert.NotNull(PageFaults.Current());
    }
}
