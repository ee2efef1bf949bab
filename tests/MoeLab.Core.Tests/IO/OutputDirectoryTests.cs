using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Testing;

namespace MoeLab.Core.Tests.IO;

/// <summary><see cref="OutputDirectory.Check"/>: a directory to write into or create is checked without creating anything.</summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class OutputDirectoryTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-output-dir-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ExistingDirectory_AndOneToCreateUnderIt_PassAndNothingIsCreated()
    {
        Assert.Equal(_dir, OutputDirectory.Check(_dir + "/", "--out"));
        var nested = Path.Combine(_dir, "runs", "s001");
        Assert.Equal(nested, OutputDirectory.Check(nested, "--out"));
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void SymlinkToADirectory_ResolvesToItsTarget()
    {
        var real = Directory.CreateDirectory(Path.Combine(_dir, "real")).FullName;
        var link = Path.Combine(_dir, "link");
        Directory.CreateSymbolicLink(link, "real");
        Assert.Equal(real, OutputDirectory.Check(link, "--out"));
    }

    [Fact]
    public void AFileOrAPathUnderAFile_IsRefusedNamingTheFile()
    {
        var file = Path.Combine(_dir, "data.txt");
        File.WriteAllText(file, "x");
        var e = Assert.Throws<InvalidInputException>(() => OutputDirectory.Check(file, "--out"));
        Assert.Equal(("--out", file), (e.Field, e.Source));
        Assert.Contains("is not a directory", e.Message);
        var under = Assert.Throws<InvalidInputException>(() => OutputDirectory.Check(Path.Combine(file, "runs"), "--out"));
        Assert.Contains($"{file} is not a directory", under.Message);
    }

    [Theory]
    [InlineData("-", "standard output")]
    [InlineData("/proc/self/moelab-runs", "cannot create it in")]
    public void StandardOutput_AndADirectoryThatTakesNoFiles_AreRefused(string path, string reason)
    {
        var e = Assert.Throws<InvalidInputException>(() => OutputDirectory.Check(path, "--out"));
        Assert.Equal("--out", e.Field);
        Assert.Contains(reason, e.Message);
    }

    [Fact]
    public void ReadOnlyDirectory_IsRefused()
    {
        var locked = Directory.CreateDirectory(Path.Combine(_dir, "locked")).FullName;
        using var readOnly = SpecialFiles.MakeReadOnly(locked);
        if (readOnly is null) return; // no chattr here: the /proc case above covers a directory root cannot write
        Assert.Contains("cannot create files in it", Assert.Throws<InvalidInputException>(() => OutputDirectory.Check(locked, "--out")).Message);
        Assert.Contains("cannot create it in", Assert.Throws<InvalidInputException>(() => OutputDirectory.Check(Path.Combine(locked, "new"), "--out")).Message);
    }
}
