using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;
using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Reads byte ranges of a file bypassing the page cache (O_DIRECT), so streamed experts do not push the rest of
/// the machine's memory out and reads measure the device, not RAM. O_DIRECT needs offset, length and destination
/// address aligned to the logical block size (4096 covers every common device): <see cref="Read"/> fetches the
/// aligned superset of the asked range and returns where the asked bytes start. Where the file system refuses
/// O_DIRECT (tmpfs, some overlays) it falls back, and says so in <see cref="Mode"/>, to ordinary reads followed by
/// posix_fadvise(DONTNEED) so the pages still do not stay cached. Thread-safe: each read is one pread.
/// </summary>
public sealed class DirectFileReader : IDisposable
{
    public const int Alignment = 4096;

    private readonly SafeFileHandle _handle;

    private DirectFileReader(string path, SafeFileHandle handle, bool isDirect, string? fallbackReason)
    {
        Path = path;
        _handle = handle;
        IsDirect = isDirect;
        FallbackReason = fallbackReason;
        Length = RandomAccess.GetLength(handle);
    }

    public string Path { get; }

    public long Length { get; }

    /// <summary>True when reads go through O_DIRECT; false on the fadvise fallback.</summary>
    public bool IsDirect { get; }

    /// <summary>Why O_DIRECT was not used, or null.</summary>
    public string? FallbackReason { get; }

    /// <summary>"O_DIRECT", or the fallback and its reason, for reports.</summary>
    public string Mode => IsDirect ? "O_DIRECT" : $"buffered + posix_fadvise(DONTNEED) ({FallbackReason})";

    /// <summary>Opens <paramref name="path"/> for direct reads; with <paramref name="requireDirect"/>, refusing O_DIRECT is an error instead of a fallback.</summary>
    public static DirectFileReader Open(string path, bool requireDirect = false)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full)) throw new InvalidInputException("file not found", source: full);
        string reason;
        if (!OperatingSystem.IsLinux()) reason = "O_DIRECT is only used on Linux";
        else if (LibC.ODirect is not { } direct) reason = $"O_DIRECT flag unknown on {RuntimeInformation.ProcessArchitecture}";
        else
        {
            var fd = LibC.Open(full, LibC.ORdOnly | LibC.OCloExec | direct, 0);
            if (fd >= 0) return new DirectFileReader(full, new SafeFileHandle(fd, ownsHandle: true), true, null);
            var errno = Marshal.GetLastPInvokeError();
            reason = errno == LibC.EInval ? "the file system refuses O_DIRECT" : $"open(O_DIRECT) failed: {Marshal.GetPInvokeErrorMessage(errno)}";
        }
        if (requireDirect) throw new InvalidInputException($"cannot read with O_DIRECT: {reason}", source: full);
        return new DirectFileReader(full, File.OpenHandle(full, FileMode.Open, FileAccess.Read, FileShare.Read), false, reason);
    }

    /// <summary>The aligned window [start, end) that covers [offset, offset + length).</summary>
    public static (long Start, long End) AlignedWindow(long offset, long length) =>
        (offset / Alignment * Alignment, (offset + length + Alignment - 1) / Alignment * Alignment);

    /// <summary>Bytes a buffer needs to receive [offset, offset + length) through <see cref="Read"/>.</summary>
    public static long BufferBytes(long offset, long length)
    {
        var (start, end) = AlignedWindow(offset, length);
        return end - start;
    }

    /// <summary>
    /// Reads the aligned window around [offset, offset + length) into <paramref name="buffer"/> (whose address must be
    /// 4096-aligned and length at least <see cref="BufferBytes"/>) and returns the index in it where byte
    /// <paramref name="offset"/> landed. Returns the bytes transferred from the device in <paramref name="transferred"/>.
    /// </summary>
    public unsafe int Read(long offset, int length, Span<byte> buffer, out long transferred)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        if (offset + length > Length)
            throw new InvalidInputException($"range [{offset}, {offset + length}) runs past the end of the {Length}-byte file", source: Path);
        var (start, end) = AlignedWindow(offset, length);
        var window = (int)(end - start);
        if (buffer.Length < window) throw new ArgumentException($"buffer of {buffer.Length} bytes is smaller than the {window}-byte aligned window", nameof(buffer));
        fixed (byte* p = buffer)
            if ((nint)p % Alignment != 0) throw new ArgumentException("buffer address is not 4096-aligned (use AlignedBuffer)", nameof(buffer));
        var needed = (int)(offset + length - start);
        var got = 0;
        while (got < needed)
        {
            // The window's tail may pass end of file; the device then returns a short read, which is fine once
            // the asked bytes are in.
            var n = RandomAccess.Read(_handle, buffer[got..window], start + got);
            if (n <= 0) throw new InvalidInputException($"file ended at {start + got} inside range [{offset}, {offset + length})", source: Path);
            got += n;
            if (got < needed && IsDirect && got % Alignment != 0)
                throw new InvalidInputException($"short direct read at {start + got} inside range [{offset}, {offset + length})", source: Path);
        }
        transferred = got;
        if (!IsDirect) _ = LibC.PosixFadvise((int)_handle.DangerousGetHandle(), start, got, LibC.PosixFadvDontNeed);
        return (int)(offset - start);
    }

    public void Dispose() => _handle.Dispose();
}
