using System.Runtime.Versioning;
using System.Text.Json.Nodes;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Every command checks every output path before its work starts (exit 2, one line naming the option and the path,
/// nothing written), and writes special paths for what they are: a link's target, a FIFO's reader, a device in place,
/// <c>-</c> to standard output.
/// </summary>
[Collection("Console")]
[SupportedOSPlatform("linux")]
public sealed class OutputPathCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-outputs-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) => InProcessCli.Run(Program.BuildRoot(), args);

    private string[] Entries() => [.. Directory.GetFileSystemEntries(_dir).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    private string Expand(string arg) => arg.Replace("{dir}", _dir, StringComparison.Ordinal);

    /// <summary>
    /// A command line of each command whose inputs do not exist: were the outputs not checked first, the message would be
    /// about the input (or, given an input, the command would run).
    /// </summary>
    public static TheoryData<string[]> Commands() => new(
        ["inspect", "{dir}/missing-config.json"],
        ["fit", "{dir}/missing-runs.csv"],
        ["plan", "--compute", "1e21"],
        ["simulate", "--trace", "{dir}/missing.jsonl"],
        ["replay", "--model", "{dir}/missing-model"],
        ["sweep", "granularity", "--trace", "{dir}/missing.jsonl"],
        ["trace", "calibrate", "{dir}/missing.jsonl"],
        ["trace", "convert", "{dir}/missing.jsonl", "{dir}/converted.jsonl"],
        ["trace", "generate", "{dir}/generated.jsonl"],
        ["sectional", "--d", "1024", "--seq", "512"],
        ["train", "--data", "{dir}/missing.txt"],
        ["generate", "{dir}/missing.safetensors"],
        ["ladder", "--quick", "--data", "{dir}/missing.txt", "--runs", "{dir}/runs.csv"],
        ["ladder", "--design", "seed001-micro", "--data", "{dir}/missing.txt", "--out", "{dir}/ladder"],
        ["weights", "synth", "--model", "{dir}/missing-config.json", "--out", "{dir}/weights"],
        ["hardware", "probe", "--path", "{dir}", "--out", "{dir}/profile.yaml"]);

    [Theory]
    [MemberData(nameof(Commands))]
    public void EveryCommand_JsonOutADirectory_ExitsTwoNamingOptionAndPath_BeforeReadingOrWritingAnything(string[] command)
    {
        var directory = Directory.CreateDirectory(Path.Combine(_dir, "a-directory")).FullName;

        var (exit, _, err) = Run([.. command.Select(Expand), "--json-out", directory]);

        AssertOneLineBadInput(exit, err, "--json-out", directory, "is a directory");
        Assert.Equal(["a-directory"], Entries());
        Assert.Empty(Directory.GetFileSystemEntries(directory));
    }

    /// <summary>Each option or argument a command writes a file or directory through, given a path under a regular file.</summary>
    public static TheoryData<string, string[]> CommandOutputs() => new()
    {
        { "--out", ["train", "--data", "{dir}/missing.txt", "--out", "{file}/ck.safetensors"] },
        { "--runs", ["train", "--data", "{dir}/missing.txt", "--runs", "{file}/runs.csv"] },
        { "--trace", ["train", "--data", "{dir}/missing.txt", "--trace", "{file}/t.jsonl"] },
        { "--out", ["fit", "{dir}/missing-runs.csv", "-o", "{file}/law.json"] },
        { "--out", ["plan", "--compute", "1e21", "--out", "{file}/spec.json"] },
        { "output", ["trace", "convert", "mixtral-8x7b-humaneval", "{file}/t.jsonl"] },
        { "output", ["trace", "generate", "{file}/t.jsonl"] },
        { "--trace", ["generate", "{dir}/missing.safetensors", "--trace", "{file}/t.jsonl"] },
        { "--runs", ["ladder", "--quick", "--data", "{dir}/missing.txt", "--runs", "{file}/runs.csv"] },
        { "--out", ["ladder", "--design", "seed001-micro", "--data", "{dir}/missing.txt", "--out", "{file}/ladder"] },
        { "--out", ["weights", "synth", "--model", "{dir}/missing-config.json", "--out", "{file}/weights"] },
        { "--out", ["hardware", "probe", "--path", "{dir}", "--out", "{file}/profile.yaml"] },
        { "--html", ["plan", "--compute", "1e21", "--html", "{file}/r.html"] },
        { "--md", ["plan", "--compute", "1e21", "--md", "{file}/r.md"] },
    };

    [Theory]
    [MemberData(nameof(CommandOutputs))]
    public void EveryOutputOption_UnderARegularFile_ExitsTwoNamingIt_AndWritesNothing(string option, string[] command)
    {
        var file = Path.Combine(_dir, "a-file.txt");
        File.WriteAllText(file, "untouched");

        var (exit, _, err) = Run([.. command.Select(a => Expand(a).Replace("{file}", file, StringComparison.Ordinal))]);

        AssertOneLineBadInput(exit, err, option, file, $"{file} is not a directory");
        Assert.Equal(["a-file.txt"], Entries());
        Assert.Equal("untouched", File.ReadAllText(file));
    }

    [Fact]
    public async Task Train_OutUnderARegularFile_ExitsTwoBeforeTraining()
    {
        var text = Path.Combine(_dir, "text.txt");
        File.WriteAllText(text, string.Concat(Enumerable.Repeat("the cat sat on the mat. ", 400)));
        var runs = Path.Combine(_dir, "runs.csv");
        var checkpoint = Path.Combine(text, "ck.safetensors");

        // A million steps would take hours: ending at all, in a child the test can stop, shows the check came first.
        using var train = InspectCliRunner.Start("train", "--steps", "1000000", "--data", text, "--out", checkpoint, "--runs", runs);
        var stderr = train.StandardError.ReadToEndAsync();
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await train.WaitForExitAsync(patience.Token);
        }
        catch (OperationCanceledException)
        {
            train.Kill(entireProcessTree: true);
            Assert.Fail("train was still running 30 s after starting: it did not check --out before training");
        }

        AssertOneLineBadInput(train.ExitCode, await stderr, "--out", checkpoint, "is not a directory");
        Assert.False(File.Exists(runs));
    }

    [Fact]
    public void Train_OutToDevFull_FailsWhenWritten_NamingTheOption()
    {
        var text = Path.Combine(_dir, "text.txt");
        File.WriteAllText(text, string.Concat(Enumerable.Repeat("the cat sat on the mat. ", 400)));

        var (exit, _, err) = Run("train", "--preset", "tiny-moe", "--steps", "2", "--batch", "2", "--seq-len", "16", "--data", text, "--out", "/dev/full");

        AssertOneLineBadInput(exit, err, "--out", "/dev/full", "No space left on device");
        Assert.Equal("character special file", SpecialFiles.TypeOf("/dev/full"));
    }

    [Fact]
    public void Train_ResumeWithoutOut_ChecksTheResumedFileAsAnOutput_BeforeTraining()
    {
        var text = Path.Combine(_dir, "text.txt");
        File.WriteAllText(text, string.Concat(Enumerable.Repeat("the cat sat on the mat. ", 400)));
        var checkpoint = Path.Combine(_dir, "ck.safetensors");
        string[] tiny = ["--preset", "tiny-moe", "--batch", "2", "--seq-len", "16", "--data", text];
        var (trained, _, trainErr) = Run(["train", .. tiny, "--steps", "2", "--out", checkpoint]);
        Assert.True(trained == 0, trainErr);
        var before = File.ReadAllBytes(checkpoint);

        using (var locked = SpecialFiles.MakeImmutable(checkpoint))
        {
            if (locked is null && Environment.IsPrivilegedProcess) return; // no chattr here; root would write a mode-444 file anyway
            if (locked is null) File.SetUnixFileMode(checkpoint, UnixFileMode.UserRead);
            // Without --out, checkpoints go back into the --resume file, so it must be writable before any step is taken.
            var (exit, _, err) = Run(["train", .. tiny, "--steps", "1000000", "--resume", checkpoint]);
            AssertOneLineBadInput(exit, err, "--resume", checkpoint, "cannot be replaced");
        }
        Assert.Equal(before, File.ReadAllBytes(checkpoint));
    }

    [Fact]
    public void Plan_MdToDevFull_ExitsTwo_AndTheDeviceStaysACharacterDevice()
    {
        var (exit, _, err) = Run("plan", "--compute", "1e21", "--md", "/dev/full");

        AssertOneLineBadInput(exit, err, "--md", "/dev/full", "No space left on device");
        Assert.Equal("character special file", SpecialFiles.TypeOf("/dev/full"));
    }

    [Fact]
    public void Plan_JsonOutThroughASymlink_WritesItsTarget_AndTheLinkStays()
    {
        var target = Path.Combine(_dir, "plan.json");
        File.WriteAllText(target, "old");
        var link = Path.Combine(_dir, "latest.json");
        File.CreateSymbolicLink(link, "plan.json");

        var (exit, _, err) = Run("plan", "--compute", "1e21", "--json-out", link);

        Assert.True(exit == 0, err);
        Assert.Equal("symbolic link", SpecialFiles.TypeOf(link));
        Assert.Equal(1e21, JsonNode.Parse(File.ReadAllText(target))!["data"]!["compute_flops"]!.GetValue<double>());
        Assert.Equal(["latest.json", "plan.json"], Entries());
    }

    [Fact]
    public async Task Plan_MdIntoAFifo_ItsReaderGetsTheReport_AndTheFifoStays()
    {
        var fifo = Path.Combine(_dir, "report.md");
        SpecialFiles.MakeFifo(fifo);
        var reader = Task.Factory.StartNew(() => File.ReadAllText(fifo), TaskCreationOptions.LongRunning);

        var (exit, _, err) = Run("plan", "--compute", "1e21", "--md", fifo);

        Assert.True(exit == 0, err);
        var markdown = await reader.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.StartsWith("# MoE plan for C = 1e+21", markdown);
        Assert.Equal("fifo", SpecialFiles.TypeOf(fifo));
        Assert.Equal(["report.md"], Entries());
    }

    [Fact]
    public void JsonOutDash_PutsTheJsonOnStdout_AndTheTerminalViewOnStderr()
    {
        var (exit, stdout, stderr) = Run("plan", "--compute", "1e21", "--json-out", "-");

        Assert.True(exit == 0, stderr);
        Assert.Equal(1e21, JsonNode.Parse(stdout)!["data"]!["compute_flops"]!.GetValue<double>());
        Assert.Contains("MoE plan for C = 1e+21", stderr);
        Assert.Contains("wrote JSON report to standard output", stderr);
    }

    [Fact]
    public void TraceConvertToDash_InAChildProcess_WritesTheSameBytesAsToAFile()
    {
        var file = Path.Combine(_dir, "humaneval.jsonl");
        Assert.Equal(0, InspectCliRunner.Run("trace", "convert", "mixtral-8x7b-humaneval", file).ExitCode);

        var piped = InspectCliRunner.Run("trace", "convert", "mixtral-8x7b-humaneval", "-");

        Assert.True(piped.ExitCode == 0, piped.Stderr);
        Assert.Equal(File.ReadAllText(file), piped.Stdout);
        Assert.Contains("Trace converted to Jsonl", piped.Stderr);
    }

    [Theory]
    [InlineData("--json", "--json-out", "-")]
    [InlineData("--md", "-", "--json-out", "-")]
    public void TwoThingsOnStdout_AreRefused(params string[] outputs)
    {
        var (exit, stdout, err) = Run(["plan", "--compute", "1e21", .. outputs]);
        AssertOneLineBadInput(exit, err, "--json-out", "standard output", "standard output");
        Assert.Empty(stdout);
    }

    [Fact]
    public void TwoOptionsNamingOneFile_AreRefused_AndTheFileIsKept()
    {
        var file = Path.Combine(_dir, "report");
        File.WriteAllText(file, "keep");
        var (exit, _, err) = Run("plan", "--compute", "1e21", "--md", file, "--json-out", Path.Combine(_dir, ".", "report"));
        AssertOneLineBadInput(exit, err, "--md and --json-out", file, "both write this file");
        Assert.Equal("keep", File.ReadAllText(file));
    }

    private static void AssertOneLineBadInput(int exit, string err, string option, string path, string reason)
    {
        Assert.True(exit == 2, err);
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, err);
        Assert.StartsWith("moelab: ", lines[0]);
        Assert.Contains(option, lines[0]);
        Assert.Contains(path, lines[0]);
        Assert.Contains(reason, lines[0]);
    }
}
