using System.Diagnostics;
using System.Text.Json;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>
/// Runs only where Python has PyTorch (Debian's python3-torch; `.ci/run` installs it). Elsewhere the test is reported
/// skipped with the reason — unless MOELAB_REQUIRE_TORCH=1 (set by `.ci/run`), when a missing torch fails it instead.
/// </summary>
public sealed class TorchFactAttribute : FactAttribute
{
    public TorchFactAttribute()
    {
        if (Environment.GetEnvironmentVariable("MOELAB_REQUIRE_TORCH") != "1" && TorchParity.Python() is null)
            Skip = $"no Python with PyTorch ({string.Join(", ", TorchParity.Candidates)}): apt-get install python3-torch, or set MOELAB_PYTHON";
    }
}

/// <summary>Finds the Python that has torch and the reference script.</summary>
public static class TorchParity
{
    /// <summary>MOELAB_PYTHON if set, then Debian's /usr/bin/python3 (a pyenv python3 on PATH usually lacks torch), then python3.</summary>
    public static IReadOnlyList<string> Candidates =>
        [.. new[] { Environment.GetEnvironmentVariable("MOELAB_PYTHON"), "/usr/bin/python3", "python3" }.OfType<string>()];

    private static readonly Lazy<string?> Found = new(() => Candidates.FirstOrDefault(p => Run(p, "-c \"import torch\"", out _) == 0));

    public static string? Python() => Found.Value;

    public static string Script()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var script = Path.Combine(dir.FullName, "tools", "torch-reference", "engine_reference.py");
            if (File.Exists(script)) return script;
        }
        throw new FileNotFoundException("tools/torch-reference/engine_reference.py not found above " + AppContext.BaseDirectory);
    }

    public static int Run(string program, string arguments, out string output)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
            var stderr = process.StandardError.ReadToEndAsync();
            output = process.StandardOutput.ReadToEnd() + stderr.Result;
            process.WaitForExit();
            return process.ExitCode;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            output = e.Message;
            return -1;
        }
    }
}

public sealed class TorchParityTests(Xunit.Abstractions.ITestOutputHelper output) : IDisposable
{
    private const int Steps = 50;
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-torch-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [TorchFact]
    public void TinyMoe_50Steps_MatchesAnIndependentPyTorchImplementation()
    {
        var python = TorchParity.Python() ?? throw new InvalidOperationException(
            $"MOELAB_REQUIRE_TORCH=1 but no Python among {string.Join(", ", TorchParity.Candidates)} imports torch");
        var corpus = TinyModels.Text(words: 20_000);
        var options = new TrainingOptions { Steps = Steps, BatchSize = 4, SequenceLength = 64, WarmupSteps = 10, Seed = 7 };
        var session = new TrainingSession(EnginePresets.Get("tiny-moe"), options, corpus);

        // The starting weights and every step's batch, written for the reference; then a held-out batch for the logits.
        var checkpoint = Path.Combine(_dir, "init.safetensors");
        Checkpoint.Save(checkpoint, session);
        var (b, t) = (options.BatchSize, options.SequenceLength);
        var tokens = new int[b * t];
        var targets = new int[b * t];
        using (var batches = new BinaryWriter(File.Create(Path.Combine(_dir, "batches.bin"))))
        {
            void Write() { foreach (var x in tokens) batches.Write(x); foreach (var y in targets) batches.Write(y); }
            for (var step = 0; step < Steps; step++)
            {
                corpus.TrainBatch(tokens, targets, b, t, options.Seed, step, 0);
                Write();
            }
            var starts = corpus.ValidationStarts(b, t, 1);
            for (var i = 0; i < b; i++) corpus.ValidationWindow(starts[i], tokens.AsSpan(i * t, t), targets.AsSpan(i * t, t));
            Write();
        }

        var clock = Stopwatch.StartNew();
        var exit = TorchParity.Run(python, $"\"{TorchParity.Script()}\" --checkpoint \"{checkpoint}\" --batches \"{Path.Combine(_dir, "batches.bin")}\" " +
            $"--out \"{Path.Combine(_dir, "torch.json")}\" --logits \"{Path.Combine(_dir, "torch-logits.f32")}\"", out var log);
        Assert.True(exit == 0, $"the reference failed (exit {exit}): {log}");
        // Its time is reported, not asserted: the machine is shared (about 10 s on two idle cores).

        while (!session.Finished) session.Step();
        session.Model.Forward(tokens, default, b, t);
        var engineLogits = session.Model.Output.ToArray();

        using var reference = JsonDocument.Parse(File.ReadAllText(Path.Combine(_dir, "torch.json")));
        var torchLosses = reference.RootElement.GetProperty("losses").EnumerateArray().Select(x => x.GetDouble()).ToArray();
        Assert.Equal(Steps, torchLosses.Length);
        var worstLoss = session.History.Select((h, i) => Math.Abs(h.Loss - torchLosses[i]) / Math.Abs(torchLosses[i])).Max();
        Assert.True(worstLoss <= 1e-4, $"per-step losses differ by up to {worstLoss:E2} relative");
        // The run learned something, so agreement is not two models that both stood still.
        Assert.True(session.History[^1].CrossEntropy < session.History[0].CrossEntropy - 1.0);

        var torchLogits = ReadFloats(Path.Combine(_dir, "torch-logits.f32"));
        Assert.Equal(engineLogits.Length, torchLogits.Length);
        var worstLogit = engineLogits.Zip(torchLogits, (x, y) => Math.Abs((double)x - y)).Max();
        output.WriteLine($"torch {reference.RootElement.GetProperty("torch").GetString()}: per-step losses within {worstLoss:E2} relative, final logits within {worstLogit:E2} (reference {clock.Elapsed.TotalSeconds:F1} s)");
        Assert.True(worstLogit <= 1e-4, $"final logits differ by up to {worstLogit:E2}");
    }

    private static float[] ReadFloats(string path)
    {
        var bytes = File.ReadAllBytes(path);
        var values = new float[bytes.Length / sizeof(float)];
        Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
        return values;
    }
}
