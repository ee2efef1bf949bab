using System.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Core.IO;

/// <summary>How an <see cref="OutputFile"/> is written.</summary>
public enum OutputKind
{
    /// <summary>A regular file or an absent path: the content goes to a temporary file beside it, renamed over it in one step.</summary>
    File,

    /// <summary>A character or block device or a FIFO: written straight through, never replaced.</summary>
    Stream,

    /// <summary><c>-</c>: this process's standard output.</summary>
    StandardOutput,
}

/// <summary>
/// A path the user asked MoeLab to write, checked and classified: the one way every command writes a file.
/// <para>
/// <see cref="At"/> is the check: it follows symbolic links to their final target and refuses, as bad input naming the option
/// and the path, a directory, a socket, a missing parent directory, a parent that is a file, a directory that refuses new
/// files, and a file or device this process may not write. It creates nothing that outlives it, so every command can check
/// all of its outputs before its work starts. The write methods then replace a regular (or absent) target atomically
/// (a reader never sees half a file, a failure leaves the old file and no temporary file), keep a symbolic link a link
/// (its target is replaced), write devices and FIFOs in place, and send <c>-</c> to standard output.
/// </para>
/// </summary>
public sealed class OutputFile
{
    /// <summary>The path that means standard output.</summary>
    public const string StandardOutputPath = "-";

    private OutputFile(string path, string? option, OutputKind kind, string target)
    {
        Path = path;
        Option = option;
        Kind = kind;
        Target = target;
    }

    /// <summary>The path as given.</summary>
    public string Path { get; }

    /// <summary>The option or argument that named the path (e.g. <c>--out</c>), for messages; null when not known.</summary>
    public string? Option { get; }

    public OutputKind Kind { get; }

    /// <summary>What is written: the full path after following symbolic links (<c>-</c> for standard output).</summary>
    public string Target { get; }

    /// <summary>Whether a regular file is at <see cref="Target"/> now (one whose content a caller may read and extend).</summary>
    public bool HoldsFile => Kind == OutputKind.File && FileKinds.Of(Target) == FileKind.Regular;

    /// <summary>Checks that <paramref name="path"/> can be written as a file; throws <see cref="InvalidInputException"/> naming <paramref name="option"/> and the path if not.</summary>
    public static OutputFile At(string path, string? option = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path == StandardOutputPath) return new OutputFile(path, option, OutputKind.StandardOutput, StandardOutputPath);
        if (path.Length == 0) throw Refused("", option, "no file name given");
        if (path.EndsWith('/') || path.EndsWith(System.IO.Path.DirectorySeparatorChar))
            throw Refused(path, option, "ends with a '/', so it names a directory; give a file name");

        var target = FileKinds.FinalTarget(System.IO.Path.GetFullPath(path)) ?? throw Refused(path, option, "is a symbolic link that cannot be followed (a loop?)");
        return FileKinds.Of(target) switch
        {
            FileKind.Missing or FileKind.UnderAFile => Replaceable(path, option, target, exists: false),
            FileKind.Regular => Replaceable(path, option, target, exists: true),
            FileKind.Directory => throw Refused(path, option, "is a directory; give a file name"),
            FileKind.CharacterDevice or FileKind.BlockDevice or FileKind.Fifo => FileKinds.WriteDenied(target) is { } denied
                ? throw Refused(path, option, $"cannot be written: {denied}")
                : new OutputFile(path, option, OutputKind.Stream, target),
            FileKind.Socket => throw Refused(path, option, "is a socket; give a file, a device, a FIFO or - (standard output)"),
            _ => throw Refused(path, option, "cannot be examined (no permission to look at it, or not a kind of file MoeLab writes)"),
        };
    }

    /// <summary>Writes <paramref name="contents"/> as UTF-8 without a byte-order mark (to standard output: through <see cref="Console.Out"/>).</summary>
    public void WriteAllText(string contents)
    {
        ArgumentNullException.ThrowIfNull(contents);
        if (Kind == OutputKind.StandardOutput)
        {
            Guard(() =>
            {
                Console.Out.Write(contents);
                Console.Out.Flush();
            });
            return;
        }
        var bytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(contents);
        Write(stream => stream.Write(bytes));
    }

    public void WriteAllBytes(ReadOnlySpan<byte> contents)
    {
        var copy = contents.ToArray();
        Write(stream => stream.Write(copy));
    }

    /// <summary>Runs <paramref name="writer"/> against the destination and returns the bytes it wrote. I/O failures become bad input naming the option and path.</summary>
    public long Write(Action<Stream> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        return Kind switch
        {
            OutputKind.File => Replace(writer),
            OutputKind.Stream => Guard(() =>
            {
                using var stream = new FileStream(Target, new FileStreamOptions
                {
                    Mode = FileMode.Open, Access = FileAccess.Write, Share = FileShare.ReadWrite, BufferSize = 1 << 16,
                });
                return WriteCounted(stream, writer);
            }),
            _ => Guard(() =>
            {
                Console.Out.Flush();
                using var stdout = Console.OpenStandardOutput();
                return WriteCounted(stdout, writer);
            }),
        };
    }

    private long Replace(Action<Stream> writer)
    {
        var directory = System.IO.Path.GetDirectoryName(Target)!;
        var temp = System.IO.Path.Combine(directory, $".{System.IO.Path.GetFileName(Target)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            return Guard(() =>
            {
                long written;
                using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                {
                    written = WriteCounted(stream, writer);
                    stream.Flush(flushToDisk: true);
                }
                // The replacement keeps the permissions the user gave the file it replaces.
                if (!OperatingSystem.IsWindows() && FileKinds.Of(Target) == FileKind.Regular)
                    File.SetUnixFileMode(temp, File.GetUnixFileMode(Target));
                File.Move(temp, Target, overwrite: true);
                return written;
            });
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private static long WriteCounted(Stream stream, Action<Stream> writer)
    {
        var counting = new CountingStream(stream);
        writer(counting);
        stream.Flush();
        return counting.BytesWritten;
    }

    private T Guard<T>(Func<T> write)
    {
        try
        {
            return write();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw Refused(Path, Option, $"cannot write: {e.Message}");
        }
    }

    private void Guard(Action write) => Guard(() =>
    {
        write();
        return 0;
    });

    /// <summary>A regular or absent target: its directory must take a new file (the temporary one), and an existing file must be writable.</summary>
    private static OutputFile Replaceable(string path, string? option, string target, bool exists)
    {
        var directory = System.IO.Path.GetDirectoryName(target) ?? throw Refused(path, option, "has no parent directory");
        switch (FileKinds.Of(directory))
        {
            case FileKind.Directory:
                break;
            case FileKind.Missing:
                throw Refused(path, option, $"the directory {directory} does not exist");
            case FileKind.Unknown:
                throw Refused(path, option, $"the directory {directory} cannot be examined");
            default:
                throw Refused(path, option, $"{FileKinds.NearestExisting(directory)} is not a directory");
        }
        if (FileKinds.CannotCreateIn(directory) is { } reason) throw Refused(path, option, $"cannot create a file in {directory}: {reason}");
        if (exists)
        {
            try
            {
                // Opening for writing without truncating changes nothing; it fails for a read-only or immutable file.
                File.OpenHandle(target, FileMode.Open, FileAccess.Write, FileShare.ReadWrite).Dispose();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw Refused(path, option, $"cannot be replaced: {e.Message}");
            }
        }
        return new OutputFile(path, option, OutputKind.File, target);
    }

    internal static InvalidInputException Refused(string path, string? option, string message) =>
        new(message, source: path, field: option);
}
