using System.Globalization;
using MoeLab.Core.Units;
using MoeLab.Core.Validation;

namespace MoeLab.Core.IO;

/// <summary>
/// Refuses, before any work, an output that cannot fit: a large write that fails with the disk full has wasted
/// the time spent producing it (and a temporary file beside the target needs the whole size even when it
/// replaces a file). Devices, FIFOs and standard output are written straight through and not checked.
/// </summary>
public static class FreeSpace
{
    /// <summary>
    /// Bytes free to this process on the filesystem that would hold <paramref name="path"/>: that of a symbolic
    /// link's final target, and of the nearest existing folder when the path's folders are yet to be created.
    /// Null for what is not written as a file (a device, a FIFO, standard output): it has no filesystem to fill.
    /// </summary>
    public static long? AvailableBytes(string path)
    {
        var output = OutputFile.At(path);
        if (output.Kind != OutputKind.File) return null;
        var folder = new FileInfo(output.Target).Directory;
        while (folder is { Exists: false }) folder = folder.Parent;
        return new DriveInfo(folder?.FullName ?? Path.GetPathRoot(output.Target) ?? "/").AvailableFreeSpace;
    }

    /// <summary>Throws, naming <paramref name="path"/> and the option <paramref name="field"/> that sets the size, when <paramref name="bytes"/> exceed the free space.</summary>
    public static void Require(string path, long bytes, string field)
    {
        if (AvailableBytes(path) is not { } free || bytes <= free) return;
        throw new InvalidInputException(
            string.Create(CultureInfo.InvariantCulture,
                $"the output would need about {UnitFormat.BytesDecimal(bytes)} ({bytes:N0} bytes) but its filesystem has {UnitFormat.BytesDecimal(free)} ({free:N0} bytes) free; ask for less, or write it elsewhere"),
            path, field);
    }
}
