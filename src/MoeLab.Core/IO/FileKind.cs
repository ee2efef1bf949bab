using System.Runtime.InteropServices;

namespace MoeLab.Core.IO;

/// <summary>What is at a path, as the file system says (the BCL has no such query: it calls a device or a FIFO a file).</summary>
internal enum FileKind { Missing, Regular, Directory, CharacterDevice, BlockDevice, Fifo, Socket, SymbolicLink, UnderAFile, Unknown }

/// <summary>
/// The file type and write permission of a path through Linux's <c>statx</c>, <c>access</c> and <c>open</c>. <c>statx</c>
/// rather than <c>stat</c> because its buffer layout is the same on every architecture. Elsewhere it falls back to what the
/// BCL can tell.
/// </summary>
internal static unsafe partial class FileKinds
{
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const int StatxBufferBytes = 256;
    private const int StatxModeOffset = 28;
    private const int ENoEnt = 2, ENotDir = 20;
    private const int WOk = 2;
    private const int OWrOnly = 0x1, OCreat = 0x40, OExcl = 0x80, OCloExec = 0x80000; // the same on x86-64 and arm64

    /// <param name="followLinks">False: a symbolic link is reported as <see cref="FileKind.SymbolicLink"/> (lstat), not as what it points to.</param>
    public static FileKind Of(string path, bool followLinks = true)
    {
        if (!OperatingSystem.IsLinux())
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        var buffer = stackalloc byte[StatxBufferBytes];
        if (Statx(AtFdCwd, path, followLinks ? 0 : AtSymlinkNoFollow, StatxType, buffer) != 0)
        {
            return Marshal.GetLastPInvokeError() switch
            {
                ENoEnt => FileKind.Missing,
                ENotDir => FileKind.UnderAFile,
                _ => FileKind.Unknown,
            };
        }
        return (*(ushort*)(buffer + StatxModeOffset) & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0x1000 => FileKind.Fifo,
            0xC000 => FileKind.Socket,
            0xA000 => FileKind.SymbolicLink,
            _ => FileKind.Unknown,
        };
    }

    /// <summary>
    /// Whether this process may open <paramref name="path"/> for writing, without opening it (opening a FIFO for writing
    /// waits for a reader). Null when it may; otherwise the reason.
    /// </summary>
    public static string? WriteDenied(string path)
    {
        if (!OperatingSystem.IsLinux() || Access(path, WOk) == 0) return null;
        return Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
    }

    /// <summary>
    /// Whether a new file can be created in <paramref name="directory"/>: null when it can, otherwise the reason. Tested by
    /// creating one that is deleted as it closes, the only test that also holds for root (a read-only mount, an immutable
    /// directory, /proc), for whom permission bits say nothing.
    /// </summary>
    public static string? CannotCreateIn(string directory)
    {
        var probe = Path.Combine(directory, $".moelab-write-check.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        if (!OperatingSystem.IsLinux())
        {
            try
            {
                using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
                {
                }
                return null;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return e.Message;
            }
        }
        // open(2) directly: its error is the reason alone, where the BCL's message would name the probe file.
        var fd = Open(probe, OWrOnly | OCreat | OExcl | OCloExec, 0b110_000_000);
        if (fd < 0) return Marshal.GetPInvokeErrorMessage(Marshal.GetLastPInvokeError());
        Close(fd);
        Unlink(probe);
        return null;
    }

    /// <summary><paramref name="fullPath"/> after every symbolic link (itself when it is none); null for a link that cannot be followed (a loop).</summary>
    public static string? FinalTarget(string fullPath)
    {
        if (Of(fullPath, followLinks: false) != FileKind.SymbolicLink) return fullPath;
        try
        {
            return new FileInfo(fullPath).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? fullPath;
        }
        catch (IOException)
        {
            return null;
        }
    }

    /// <summary>The first ancestor of <paramref name="path"/> (or itself) that exists: for a path under a file, that file.</summary>
    public static string NearestExisting(string path)
    {
        for (var dir = path; dir is not null; dir = Path.GetDirectoryName(dir))
            if (Of(dir) is not (FileKind.UnderAFile or FileKind.Missing)) return dir;
        return path;
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Statx(int directoryFd, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "open", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Open(string path, int flags, int mode);

    [LibraryImport("libc", EntryPoint = "close")]
    private static partial int Close(int fd);

    [LibraryImport("libc", EntryPoint = "unlink", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Unlink(string path);

    [LibraryImport("libc", EntryPoint = "access", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int Access(string path, int mode);
}
