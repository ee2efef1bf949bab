using System.Diagnostics;
using System.Globalization;
using MoeLab.Engine.Training.Seed001Ladder;

namespace MoeLab.Cli.Commands;

/// <summary>
/// The trainer behind <c>moelab ladder --jobs N</c>: each run is trained by a child <c>moelab ladder … --child-run ID</c>
/// (this same executable, a hidden option) that plans the same design, checks the parent's manifest hash, trains the run
/// and prints its runs-table row on stdout. A child's arithmetic does not depend on how many others run: OpenBLAS is
/// single-threaded in every process and the engine cuts large products by shape alone (see Gemm); the environment
/// also keeps OpenBLAS and OpenMP from starting thread pools a child would never use, and gives each child its share of
/// the cores for the engine's own worker team (<see cref="MoeLab.Engine.Kernels.WorkerTeam.ThreadsVariable"/>).
/// Cancelling kills the child (its run is dropped; the parent records only rows of children that finished).
/// </summary>
internal static class LadderChildProcess
{
    public static LadderTrainer Trainer(string design, string data, ulong seed, string manifestHash, int jobs) => (run, cancel) =>
    {
        cancel.ThrowIfCancellationRequested();
        var start = StartInfo();
        foreach (var arg in (string[])["ladder", "--design", design, "--data", data, "--seed", seed.ToString(CultureInfo.InvariantCulture),
                     "--child-run", run.Id, "--child-hash", manifestHash])
            start.ArgumentList.Add(arg);
        start.Environment["OPENBLAS_NUM_THREADS"] = "1";
        start.Environment["OMP_NUM_THREADS"] = "1";
        // Each child computes on its share of the cores (at least one), so children do not oversubscribe them.
        start.Environment[MoeLab.Engine.Kernels.WorkerTeam.ThreadsVariable] =
            Math.Max(1, Environment.ProcessorCount / jobs).ToString(CultureInfo.InvariantCulture);
        start.Environment["NO_COLOR"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start a child process for run {run.Id}");
        var stdout = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
        var stderr = process.StandardError.ReadToEndAsync(CancellationToken.None);
        using (cancel.Register(() => Kill(process)))
            process.WaitForExit();
        cancel.ThrowIfCancellationRequested();
        if (process.ExitCode != 0)
        {
            var said = stderr.Result.Trim().Split('\n').LastOrDefault(l => l.Length > 0) ?? "(nothing on stderr)";
            throw new InvalidOperationException($"the child process training run {run.Id} exited with code {process.ExitCode}: {said}");
        }
        var line = stdout.Result.Trim().Split('\n').LastOrDefault(l => l.Length > 0)
            ?? throw new InvalidOperationException($"the child process training run {run.Id} printed no row");
        var row = LadderRow.Parse(line.Trim(), $"the row of run {run.Id} from its child process", 1);
        return row.Run == run.Id ? row : throw new InvalidOperationException($"the child process for run {run.Id} returned the row of {row.Run}");
    };

    /// <summary>This executable: the apphost when running as one, else the host running moelab.dll (the ./moelab script's and the tests' way).</summary>
    private static ProcessStartInfo StartInfo()
    {
        var self = Environment.ProcessPath ?? "dotnet";
        var cli = typeof(LadderChildProcess).Assembly.Location;
        var start = IsApphostFor(self, cli)
            ? new ProcessStartInfo(self)
            : new ProcessStartInfo(Path.GetFileNameWithoutExtension(self) is "dotnet" ? self : "dotnet") { ArgumentList = { cli } };
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.RedirectStandardInput = true; // the child reads nothing; no shared terminal input
        start.UseShellExecute = false;
        return start;
    }

    // An apphost (bin/moelab) sits beside its moelab.dll; a test host (testhost, dotnet test) does not.
    private static bool IsApphostFor(string processPath, string dll) =>
        string.Equals(Path.GetDirectoryName(processPath), Path.GetDirectoryName(dll), StringComparison.Ordinal) &&
        string.Equals(Path.GetFileNameWithoutExtension(processPath), Path.GetFileNameWithoutExtension(dll), StringComparison.Ordinal);

    private static void Kill(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // already exited
        }
    }
}
