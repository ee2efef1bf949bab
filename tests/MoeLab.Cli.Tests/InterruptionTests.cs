using System.CommandLine;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;
using MoeLab.Engine.Checkpoints;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Ctrl-C as a user sends it: SIGINT to a child `moelab train` or `moelab ladder` once it has reported progress.
/// It must exit 130 with one line saying what was kept, and the resumed work must end exactly where an uninterrupted
/// run ends: the same checkpoint bytes, the same runs table (once, not twice).
/// </summary>
[Collection("Console")]
public sealed class InterruptionTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-interrupt-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) InProcess(params string[] args) =>
        InProcessCli.Run(new RootCommand { TrainCommand.Create(), LadderCommand.Create() }, args);

    private string TextFile() => WordText.WriteTo(_dir);

    private static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// Runs moelab as a child until it writes a stderr line matching <paramref name="ready"/>, sends it SIGINT, and
    /// returns its exit code, its stdout and everything it wrote to stderr. The child starts with SIGINT at its default
    /// disposition (`env --default-signal`), since a test host launched in the background may have it ignored.
    /// </summary>
    private const int SigInt = 2;

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

    private static async Task<(int Exit, string Out, string Err)> InterruptWhen(Func<string, bool> ready, params string[] args)
    {
        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "moelab.dll"), .. args])
            start.ArgumentList.Add(a);
        start.Environment.Remove("MOELAB_DEBUG");
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = new List<string>();
        string? line;
        while ((line = await process.StandardError.ReadLineAsync()) is not null)
        {
            stderr.Add(line);
            if (ready(line)) break;
        }
        Assert.True(line is not null, "the child ended before reporting progress:\n" + string.Join('\n', stderr));
        // kill(2) directly, not kill(1): a quick ladder's remaining runs take well under a second, and spawning a process
        // under load took long enough for all of them to finish before the signal arrived.
        Assert.Equal(0, Kill(process.Id, SigInt));
        stderr.Add(await process.StandardError.ReadToEndAsync());
        await process.WaitForExitAsync();
        return (process.ExitCode, await stdout, string.Join('\n', stderr));
    }

    [Fact]
    public async Task Train_SigintMidRun_Exits130WithACheckpointWhoseResumeEndsByteIdenticalToAStraightRun()
    {
        if (!OperatingSystem.IsLinux()) return; // SIGINT is sent with kill(2)
        var text = TextFile();
        string[] run = ["train", "--preset", "tiny-dense", "--data", text, "--steps", "300", "--batch", "2", "--seq-len", "16",
            "--eval-batches", "1", "--checkpoint-every", "5", "--seed", "7"];
        var (straight, interrupted) = (Path.Combine(_dir, "straight.safetensors"), Path.Combine(_dir, "interrupted.safetensors"));
        var reference = InspectCliRunner.Run([.. run, "--out", straight]);
        Assert.True(reference.ExitCode == 0, reference.Stderr);

        var (exit, stdout, stderr) = await InterruptWhen(l => l.Contains("step 10: checkpoint saved"), [.. run, "--out", interrupted]);
        Assert.True(exit == 130, stderr);
        Assert.Empty(stdout); // no report for a run that did not finish
        var said = stderr.Split('\n').Single(l => l.Contains(": interrupted"));
        Assert.StartsWith("moelab train: interrupted after step ", said);
        var step = int.Parse(said.Split(' ')[5]);
        Assert.InRange(step, 10, 299);
        Assert.Equal(step.ToString(), SafeTensorsFile.Read(interrupted).Metadata["step"]);
        Assert.NotEqual(Sha256(straight), Sha256(interrupted));

        // Continue exactly as the line says (the temporary paths hold no spaces, so splitting on them is safe).
        var resume = said[(said.IndexOf("Continue with: moelab ", StringComparison.Ordinal) + "Continue with: moelab ".Length)..].Split(' ');
        Assert.Equal(["train", "--resume", interrupted], resume[..3]);
        var resumed = InspectCliRunner.Run(resume);
        Assert.True(resumed.ExitCode == 0, resumed.Stderr);
        Assert.Equal(Sha256(straight), Sha256(interrupted));
    }

    [Fact]
    public async Task Ladder_SigintMidRun_Exits130AndRerunsEndWithTheStraightTableOnce()
    {
        if (!OperatingSystem.IsLinux()) return;
        var text = TextFile();
        var (straight, interrupted) = (Path.Combine(_dir, "straight.csv"), Path.Combine(_dir, "interrupted.csv"));
        var reference = InProcess("ladder", "--quick", "--data", text, "--runs", straight, "--json");
        Assert.True(reference.Exit == 0, reference.Err);
        var table = File.ReadAllLines(straight);
        Assert.Equal(13, table.Length);

        // The signal lands mid-ladder unless the machine stalls the test long enough for the child to finish all its runs
        // (then it is interrupted while fitting, a case this test is not about): try again, at most three times.
        var (exit, stdout, stderr) = (0, "", "");
        for (var attempt = 0; attempt < 3; attempt++)
        {
            File.Delete(interrupted);
            (exit, stdout, stderr) = await InterruptWhen(l => l.StartsWith("[1/12]", StringComparison.Ordinal), "ladder", "--quick", "--data", text, "--runs", interrupted);
            if (!stderr.Contains("interrupted while fitting", StringComparison.Ordinal)) break;
        }
        Assert.True(exit == 130, stderr);
        Assert.Empty(stdout);
        var said = stderr.Split('\n').Single(l => l.Contains(": interrupted"));
        Assert.Contains("Rerun the same command", said);
        var recorded = File.ReadAllLines(interrupted);
        Assert.InRange(recorded.Length - 1, 1, 11);
        Assert.Contains($"interrupted: {recorded.Length - 1} of 12 runs are recorded in {interrupted}", said);
        Assert.Equal(table[..recorded.Length], recorded); // each recorded row whole, in plan order

        var rerun = InProcess("ladder", "--quick", "--data", text, "--runs", interrupted, "--json");
        Assert.True(rerun.Exit == 0, rerun.Err);
        Assert.Contains($"{recorded.Length - 1} already recorded in {interrupted}, {13 - recorded.Length} to train", rerun.Err);
        Assert.Equal(table, File.ReadAllLines(interrupted)); // the runs have no wall-time column: rows equal in full

        var again = InProcess("ladder", "--quick", "--data", text, "--runs", interrupted, "--json");
        Assert.True(again.Exit == 0, again.Err);
        Assert.Contains("12 already recorded", again.Err);
        Assert.Contains("0 to train", again.Err);
        Assert.Equal(table, File.ReadAllLines(interrupted)); // 12 rows, not 24
        var json = JsonNode.Parse(again.Out)!["data"]!;
        Assert.Equal(0, json["trained_now"]!.GetValue<int>());
        Assert.Equal(JsonNode.Parse(reference.Out)!["data"]!["runs"]!.ToJsonString(), json["runs"]!.ToJsonString());
    }

    [Fact]
    public void Train_ResumeAskingForAnotherModelOrSetting_ExitsTwoNamingTheFileAndField()
    {
        var text = TextFile();
        var checkpoint = Path.Combine(_dir, "dense.safetensors");
        var trained = InProcess("train", "--preset", "tiny-dense", "--steps", "3", "--batch", "2", "--seq-len", "16", "--eval-batches", "1", "--data", text, "--out", checkpoint);
        Assert.True(trained.Exit == 0, trained.Err);
        var bytes = File.ReadAllBytes(checkpoint);

        AssertRefused(InProcess("train", "--resume", checkpoint, "--preset", "tiny-moe", "--data", text), checkpoint, "__metadata__.config.");
        AssertRefused(InProcess("train", "--resume", checkpoint, "--experts", "4", "--data", text), checkpoint, "__metadata__.config.Experts");
        AssertRefused(InProcess("train", "--resume", checkpoint, "--batch", "4", "--data", text), checkpoint, "__metadata__.training.BatchSize");
        AssertRefused(InProcess("train", "--resume", checkpoint, "--steps", "2", "--data", text), checkpoint, "__metadata__.step");
        AssertRefused(InProcess("train", "--resume", checkpoint, "--data", TextFileOf("other.txt", "the quick brown fox jumps over the lazy dog. ")), checkpoint, "__metadata__.data");
        Assert.Equal(bytes, File.ReadAllBytes(checkpoint)); // a refused resume leaves the checkpoint alone

        var (exit, _, err) = InProcess("train", "--preset", "tiny-dense", "--checkpoint-every", "-1", "--data", text);
        Assert.Equal(2, exit);
        Assert.Contains("--checkpoint-every", err);

        // The same model and settings given again are accepted: a resume may repeat its command line.
        var same = InProcess("train", "--resume", checkpoint, "--preset", "tiny-dense", "--batch", "2", "--steps", "4", "--data", text);
        Assert.True(same.Exit == 0, same.Err);
    }

    [Fact]
    public void Train_ResumeFromAnotherFormatVersion_OrACorpusThatIsEmptyOrNotText_ExitsTwoNamingTheFileAndField()
    {
        var text = TextFile();
        var checkpoint = Path.Combine(_dir, "v1.safetensors");
        var trained = InProcess("train", "--preset", "tiny-dense", "--steps", "2", "--batch", "2", "--seq-len", "16", "--eval-batches", "1", "--data", text, "--out", checkpoint);
        Assert.True(trained.Exit == 0, trained.Err);
        // The same checkpoint as a later build would write it: only the metadata's format_version differs (same length, so the header still parses).
        var bytes = File.ReadAllBytes(checkpoint);
        var header = System.Text.Encoding.UTF8.GetString(bytes, 8, (int)BitConverter.ToInt64(bytes, 0));
        Assert.Contains("\"format_version\":\"1\"", header);
        var future = Path.Combine(_dir, "v9.safetensors");
        var patched = header.Replace("\"format_version\":\"1\"", "\"format_version\":\"9\"");
        File.WriteAllBytes(future, [.. bytes[..8], .. System.Text.Encoding.UTF8.GetBytes(patched), .. bytes[(8 + patched.Length)..]]);
        AssertRefused(InProcess("train", "--resume", future, "--data", text), future, "__metadata__.format_version");

        var empty = Path.Combine(_dir, "empty.txt");
        File.WriteAllText(empty, "");
        var binary = Path.Combine(_dir, "binary.txt");
        File.WriteAllBytes(binary, [0xBA, 0xDC, 0x0F, 0xFE, 0x00, 0x01]);
        var nul = Path.Combine(_dir, "nul.txt");
        File.WriteAllText(nul, "abc\0\0def");
        foreach (var (corpus, says) in new[] { (empty, "the corpus file is empty"), (binary, "not UTF-8 text: byte 0 is 0xBA"), (nul, "a NUL character at character 3") })
        {
            var train = InProcess("train", "--preset", "tiny-dense", "--steps", "2", "--data", corpus);
            AssertRefused(train, corpus, "--data");
            Assert.Contains(says, train.Err);
            AssertRefused(InProcess("train", "--resume", checkpoint, "--data", corpus), corpus, "--data");
            AssertRefused(InProcess("ladder", "--design", "seed001-micro", "--data", corpus, "--out", Path.Combine(_dir, "never")), corpus, "--data");
        }
        Assert.False(Directory.Exists(Path.Combine(_dir, "never")));
    }

    private string TextFileOf(string name, string sentence)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, string.Concat(Enumerable.Repeat(sentence, 200)));
        return path;
    }

    private static void AssertRefused((int Exit, string Out, string Err) result, string file, string field)
    {
        Assert.True(result.Exit == 2, result.Err);
        var line = Assert.Single(result.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith($"moelab: {file}, {(field.StartsWith("--", StringComparison.Ordinal) ? "option" : "field")} '{field}", line);
    }
}
