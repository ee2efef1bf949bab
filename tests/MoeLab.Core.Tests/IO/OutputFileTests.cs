using System.Net.Sockets;
using System.Runtime.Versioning;
using System.Text;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Testing;

namespace MoeLab.Core.Tests.IO;

/// <summary>
/// <see cref="OutputFile"/>: what is at the path decides how it is written. Regular files are replaced atomically (an open
/// reader keeps the old content, a failure leaves it and no temporary file), links stay links, devices and FIFOs are written
/// in place, and every path that cannot be written is refused by the check, naming the option and the path.
/// </summary>
[SupportedOSPlatform("linux")]
public sealed class OutputFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-output-file-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    [Fact]
    public void RegularFile_IsReplacedAtomically_AnOpenReaderStillSeesTheOldContent()
    {
        var path = Path.Combine(_dir, "report.json");
        File.WriteAllText(path, "old content");
        using var reader = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);

        var output = OutputFile.At(path, "--json-out");
        output.WriteAllText("new content");

        Assert.Equal(OutputKind.File, output.Kind);
        Assert.Equal("old content", new StreamReader(reader).ReadToEnd()); // the old inode, untouched
        Assert.Equal("new content", File.ReadAllText(path));
        Assert.Equal(["report.json"], Entries());
    }

    [Fact]
    public void WriterThatFails_LeavesTheOldFileAndNoTemporaryFile()
    {
        var path = Path.Combine(_dir, "law.json");
        File.WriteAllText(path, "the old law");

        Assert.Throws<InvalidOperationException>(() => OutputFile.At(path).Write(stream =>
        {
            stream.Write(new byte[100_000]);
            throw new InvalidOperationException("the writer broke halfway");
        }));

        Assert.Equal("the old law", File.ReadAllText(path));
        Assert.Equal(["law.json"], Entries());
    }

    [Fact]
    public void AbsentPath_IsCreatedWithExactlyTheBytesWritten_AndTheCountReturned()
    {
        var path = Path.Combine(_dir, "new.bin");
        var bytes = Enumerable.Range(0, 70_000).Select(i => (byte)(i * 31)).ToArray();

        var written = OutputFile.At(path).Write(stream => stream.Write(bytes));

        Assert.Equal(bytes.Length, written);
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(["new.bin"], Entries());
    }

    [Fact]
    public void Replacement_KeepsTheReplacedFilesPermissions()
    {
        var path = Path.Combine(_dir, "private.json");
        File.WriteAllText(path, "{}");
        const UnixFileMode ownerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        File.SetUnixFileMode(path, ownerOnly);

        OutputFile.At(path).WriteAllText("{\"a\": 1}");

        Assert.Equal(ownerOnly, File.GetUnixFileMode(path));
    }

    [Fact]
    public void SymlinkChain_WritesTheFinalTarget_AndEveryLinkStaysALink()
    {
        var elsewhere = Directory.CreateDirectory(Path.Combine(_dir, "elsewhere")).FullName;
        var target = Path.Combine(elsewhere, "target.md");
        File.WriteAllText(target, "old");
        var inner = Path.Combine(_dir, "inner.md");
        File.CreateSymbolicLink(inner, Path.Combine("elsewhere", "target.md")); // relative, as `ln -s` makes them
        var outer = Path.Combine(_dir, "outer.md");
        File.CreateSymbolicLink(outer, "inner.md");

        var output = OutputFile.At(outer, "--md");
        output.WriteAllText("new");

        Assert.Equal(target, output.Target);
        Assert.Equal("new", File.ReadAllText(target));
        Assert.Equal("symbolic link", SpecialFiles.TypeOf(outer));
        Assert.Equal("symbolic link", SpecialFiles.TypeOf(inner));
        Assert.Equal("inner.md", new FileInfo(outer).LinkTarget);
        Assert.Equal(["target.md"], Directory.GetFileSystemEntries(elsewhere).Select(Path.GetFileName));
    }

    [Fact]
    public void DanglingSymlink_CreatesItsTarget_AndStaysALink()
    {
        var link = Path.Combine(_dir, "latest.json");
        File.CreateSymbolicLink(link, "run-7.json");

        OutputFile.At(link).WriteAllText("run 7");

        Assert.Equal("symbolic link", SpecialFiles.TypeOf(link));
        Assert.Equal("run 7", File.ReadAllText(Path.Combine(_dir, "run-7.json")));
    }

    [Fact]
    public async Task Fifo_IsWrittenInPlace_AReaderThreadReceivesEveryByte()
    {
        var fifo = Path.Combine(_dir, "pipe");
        SpecialFiles.MakeFifo(fifo);
        // Sixteen times a pipe's 64 KiB buffer: the writer can only finish if the data streams through to the reader.
        var payload = Enumerable.Range(0, 1 << 20).Select(i => (byte)(i % 251)).ToArray();
        var received = Task.Factory.StartNew(() =>
        {
            using var reader = new FileStream(fifo, FileMode.Open, FileAccess.Read);
            var copy = new MemoryStream();
            reader.CopyTo(copy);
            return copy.ToArray();
        }, TaskCreationOptions.LongRunning);

        var output = OutputFile.At(fifo, "--trace");
        var written = output.Write(stream => stream.Write(payload));

        Assert.Equal(OutputKind.Stream, output.Kind);
        Assert.Equal(payload.Length, written);
        Assert.Equal(payload, await received.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Equal("fifo", SpecialFiles.TypeOf(fifo));
        Assert.Equal(["pipe"], Entries());
    }

    [Fact]
    public void DevNull_IsWrittenInPlace_AndStaysACharacterDevice()
    {
        var output = OutputFile.At("/dev/null", "--json-out");
        var written = output.Write(stream => stream.Write(new byte[12345]));

        Assert.Equal(OutputKind.Stream, output.Kind);
        Assert.Equal(12345, written);
        Assert.Equal("character special file", SpecialFiles.TypeOf("/dev/null"));
    }

    [Fact]
    public void DevFull_WriteFails_AsBadInputNamingOptionAndPath_AndStaysACharacterDevice()
    {
        var output = OutputFile.At("/dev/full", "--md"); // writable: the failure comes only when bytes reach it

        var e = Assert.Throws<InvalidInputException>(() => output.WriteAllText("# a report"));

        Assert.Equal("/dev/full", e.Source);
        Assert.Equal("--md", e.Field);
        Assert.Contains("No space left on device", e.Message);
        Assert.Equal("character special file", SpecialFiles.TypeOf("/dev/full"));
    }

    [Fact]
    public void Directory_GivenAsAFile_IsRefused()
    {
        var e = Assert.Throws<InvalidInputException>(() => OutputFile.At(_dir, "--out"));
        AssertRefused(e, _dir, "--out", "is a directory");
        var slash = Assert.Throws<InvalidInputException>(() => OutputFile.At(Path.Combine(_dir, "absent") + "/", "--out"));
        Assert.Contains("names a directory", slash.Message);
    }

    [Fact]
    public void MissingParentDirectory_IsRefused_AndNotCreated()
    {
        var path = Path.Combine(_dir, "no-such-dir", "plan.json");
        AssertRefused(Assert.Throws<InvalidInputException>(() => OutputFile.At(path, "--out")), path, "--out", "does not exist");
        Assert.Empty(Entries());
    }

    [Fact]
    public void ParentThatIsAFile_IsRefusedNamingThatFile()
    {
        var file = Path.Combine(_dir, "runs.csv");
        File.WriteAllText(file, "x");
        var path = Path.Combine(file, "deeper", "ck.safetensors");
        AssertRefused(Assert.Throws<InvalidInputException>(() => OutputFile.At(path, "--out")), path, "--out", $"{file} is not a directory");
        Assert.Equal("x", File.ReadAllText(file));
    }

    [Theory]
    [InlineData("/proc/self/moelab-report.json")] // procfs takes no new files, not even from root
    [InlineData("/sys/moelab-report.json")]
    public void DirectoryThatRefusesNewFiles_IsRefusedEvenForRoot(string path)
    {
        AssertRefused(Assert.Throws<InvalidInputException>(() => OutputFile.At(path, "--html")), path, "--html", "cannot create a file in");
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void ReadOnlyDirectory_IsRefused_AndLeftEmpty()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_dir, "locked")).FullName;
        using var readOnly = SpecialFiles.MakeReadOnly(locked);
        if (readOnly is null)
        {
            // chattr is not supported on this file system; /proc above still shows a directory root cannot write.
            Console.Error.WriteLine($"{nameof(ReadOnlyDirectory_IsRefused_AndLeftEmpty)}: cannot make a read-only directory here; covered by the /proc case only");
            return;
        }
        var path = Path.Combine(locked, "law.json");
        AssertRefused(Assert.Throws<InvalidInputException>(() => OutputFile.At(path, "-o")), path, "-o", "cannot create a file in");
        Assert.Empty(Directory.GetFileSystemEntries(locked));
    }

    [Fact]
    public void ImmutableFile_IsRefusedByTheCheck_AndKeepsItsContent()
    {
        var path = Path.Combine(_dir, "keep.json");
        File.WriteAllText(path, "precious");
        using (var immutable = SpecialFiles.MakeImmutable(path))
        {
            if (immutable is null && Environment.IsPrivilegedProcess)
            {
                Console.Error.WriteLine($"{nameof(ImmutableFile_IsRefusedByTheCheck_AndKeepsItsContent)}: chattr is not supported here");
                return;
            }
            if (immutable is null) File.SetUnixFileMode(path, UnixFileMode.UserRead);
            AssertRefused(Assert.Throws<InvalidInputException>(() => OutputFile.At(path, "--out")), path, "--out", "cannot be replaced");
        }
        Assert.Equal("precious", File.ReadAllText(path));
    }

    [Fact]
    public void Socket_IsRefused()
    {
        var path = Path.Combine(_dir, "s.sock");
        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(path));
        AssertRefused(Assert.Throws<InvalidInputException>(() => OutputFile.At(path, "--runs")), path, "--runs", "is a socket");
    }

    [Fact]
    public void Check_CreatesNothing()
    {
        var absent = OutputFile.At(Path.Combine(_dir, "later.json"), "--json-out");
        Assert.Equal(OutputKind.File, absent.Kind);
        Assert.False(absent.HoldsFile);
        Assert.Empty(Entries());
    }

    [Fact]
    public void Dash_IsStandardOutput()
    {
        var output = OutputFile.At("-", "--json-out");
        Assert.Equal(OutputKind.StandardOutput, output.Kind);
        Assert.Equal("-", output.Target);
    }

    [Fact]
    public void Text_IsUtf8WithoutAByteOrderMark()
    {
        var path = Path.Combine(_dir, "μ.txt");
        OutputFile.At(path).WriteAllText("λ → ∞");
        Assert.Equal(Encoding.UTF8.GetBytes("λ → ∞"), File.ReadAllBytes(path));
    }

    private static void AssertRefused(InvalidInputException e, string path, string option, string reason)
    {
        Assert.Equal(path, e.Source);
        Assert.Equal(option, e.Field);
        Assert.Contains(reason, e.Message);
        Assert.StartsWith(path, e.Message); // one line that names the path first, as every bad-input message does
    }
}
