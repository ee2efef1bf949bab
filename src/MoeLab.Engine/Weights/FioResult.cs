using System.Diagnostics;
using System.Text.Json;

namespace MoeLab.Engine.Weights;

/// <summary>
/// fio's verdict on one sequential-read job (`--output-format=json`): the independent yardstick for our reads.
/// </summary>
public sealed record FioResult(double BandwidthBytesPerSecond, long IoBytes, double RuntimeSeconds, string Version)
{
    /// <summary>Parses fio's JSON output (jobs[0].read.bw_bytes, io_bytes, runtime in ms).</summary>
    public static FioResult Parse(string json)
    {
        // fio may print notes before the JSON object; start at the first brace.
        var start = json.IndexOf('{', StringComparison.Ordinal);
        if (start < 0) throw new FormatException("fio printed no JSON");
        using var document = JsonDocument.Parse(json[start..]);
        var root = document.RootElement;
        var read = root.GetProperty("jobs")[0].GetProperty("read");
        return new FioResult(
            read.GetProperty("bw_bytes").GetDouble(),
            read.GetProperty("io_bytes").GetInt64(),
            read.GetProperty("runtime").GetDouble() / 1000,
            root.TryGetProperty("fio version", out var v) ? v.GetString() ?? "" : "");
    }

    /// <summary>Whether an fio binary is on PATH.</summary>
    public static bool Available => (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(d => d.Length > 0 && File.Exists(Path.Combine(d, "fio")));

    /// <summary>Runs fio's O_DIRECT psync sequential read of <paramref name="sizeBytes"/> of <paramref name="file"/> at <paramref name="blockBytes"/> per read.</summary>
    public static FioResult Run(string file, long blockBytes, long sizeBytes)
    {
        var start = new ProcessStartInfo("fio") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--name=moelab-probe", $"--filename={file}", "--rw=read", $"--bs={blockBytes}", "--direct=1", "--ioengine=psync", $"--size={sizeBytes}", "--readonly", "--output-format=json" })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start fio");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"fio exited with {process.ExitCode}: {stderr.Result.Trim()}");
        return Parse(stdout.Result);
    }
}
