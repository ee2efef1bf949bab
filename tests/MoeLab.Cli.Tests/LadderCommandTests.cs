using System.CommandLine;
using System.Globalization;
using System.Diagnostics;
using System.Text.Json.Nodes;
using MoeLab.Cli.Commands;
using MoeLab.Engine.Training.Seed001Ladder;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests;

/// <summary>`moelab ladder`: seed 001's micro design end to end, resumed, interrupted by a signal, refused on bad input; the default ladder still runs.</summary>
[Collection("Console")]
public sealed class LadderCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-ladder-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        InProcessCli.Run(new RootCommand { LadderCommand.Create(), PlanCommand.Create() }, args);

    private string TextFile() => WordText.WriteTo(_dir);

    [Fact]
    public void Seed001Micro_RunPlanFromItsTableThenRerun_PlansFromTheLadderAndTrainsNothingTwice()
    {
        var (data, output, design) = (TextFile(), Path.Combine(_dir, "micro"), LadderDesigns.Micro());
        var (exit, stdout, stderr) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains("192 to train", stderr);
        Assert.Contains("estimated", stderr);
        JsonSchemaTests.AssertValidReport("ladder", stdout); // the design ladder after a pass, too slow to run twice
        var json = JsonNode.Parse(stdout)!["data"]!;
        var agreement = json["agreement"]!.AsArray();
        Assert.Equal(3, agreement.Count);
        Assert.All(agreement, a => Assert.Equal(16, a!["configs"]!.GetValue<int>()));
        Assert.Equal(0.976, json["paper"]!["spearman"]!.GetValue<double>());
        var table = Path.Combine(output, "runs.csv");
        var bytes = File.ReadAllBytes(table);
        var rows = File.ReadAllLines(table).Skip(1).Select((line, i) => (Row: i + 2, Run: LadderRow.Parse(line, table, i + 2))).ToList();
        Assert.Equal(192, rows.Count);

        // The table feeds seed 001's pipeline as it is, planned at a budget beyond the ladder's largest.
        var target = 1.25 * design.Budgets[^1];
        var (planExit, planOut, planErr) = Run([.. LadderPlanArguments.For(design, target, table), "--bootstrap", "200", "--json"]);
        Assert.True(planExit == 0, planErr);
        var planJson = JsonNode.Parse(planOut)!;
        var plan = planJson["data"]!;
        var warnings = planJson["warnings"]!.AsArray().Select(w => w!["message"]!.GetValue<string>()).ToList();
        var scales = plan["runs_pipeline"]!["scales"]!.AsArray();
        Assert.Equal(design.Budgets, scales.Select(s => s!["compute_flops"]!.GetValue<double>()));
        var optima = new Dictionary<string, List<double>>();
        foreach (var (scale, c) in scales.Zip(design.Budgets))
        {
            var here = rows.Where(r => r.Run.C == c).ToList();
            var fits = scale!["fits"]!.AsArray().ToDictionary(f => f!["variable"]!.GetValue<string>(), f => f!);
            // Phase 1: M/N_a and N/N_a are fitted to every phase-1 row of the scale (the 4 × 4 grid at the proxy widths).
            var grid = here.Where(r => r.Run.Phase == 1).ToList();
            Assert.Equal(grid.Select(r => r.Row).Order(), Rows(fits["m_over_na"]));
            Assert.Equal(grid.Select(r => r.Row).Order(), Rows(fits["n_over_na"]));
            Assert.Equal(4, grid.Select(r => r.Run.MOverNa).Distinct().Count());
            Assert.Equal(4, grid.Select(r => r.Run.NOverNa).Distinct().Count());
            // Phase 2: d is fitted to the whole sweep of the configuration whose phase-1 run is best, each point its row's (d, loss).
            var sweep = here.Where(r => r.Run.Config == grid.MinBy(r => r.Run.Loss).Run.Config).ToList();
            Assert.Equal(sweep.Select(r => r.Row).Order(), Rows(fits["d"]));
            Assert.All(fits["d"]["points"]!.AsArray(), p => Assert.Equal(
                rows.Single(r => r.Row == p!["row"]!.GetValue<int>()).Run is var run ? ((double)run.D, run.Loss) : default,
                (p!["x"]!.GetValue<double>(), p["loss"]!.GetValue<double>())));
            // d* lies in the sweep, or (a fitted minimum beyond it, which the report warns of) past the end where the sweep's best run is.
            var (dStar, exitD) = (fits["d"]["optimum"]!.GetValue<double>(), fits["d"]["exit"]!.GetValue<string>());
            var (narrowest, widest, best) = (sweep.Min(r => r.Run.D), sweep.Max(r => r.Run.D), sweep.MinBy(r => r.Run.Loss).Run.D);
            if (exitD == "OptimumExtrapolated")
            {
                Assert.True(best == widest ? dStar > widest : best == narrowest && dStar < narrowest, $"C = {c}: d* = {dStar}, best run at d = {best}");
                Assert.Contains(warnings, w => w.StartsWith(string.Create(CultureInfo.InvariantCulture, $"C = {c:0.###e+0} FLOPs: the loss-vs-d optimum"), StringComparison.Ordinal));
            }
            else
                Assert.InRange(dStar, narrowest, widest);
            foreach (var (variable, fit) in fits) (optima.TryGetValue(variable, out var list) ? list : optima[variable] = []).Add(fit["optimum"]!.GetValue<double>());
        }
        foreach (var law in plan["runs_pipeline"]!["power_laws"]!.AsArray())
        {
            var quantity = law!["quantity"]!.GetValue<string>();
            Assert.True(double.IsFinite(law["exponent"]!.GetValue<double>()), quantity);
            if (quantity != "loss")
                Assert.Equal(optima[quantity], law["optima"]!.AsArray().Select(o => o!["value"]!.GetValue<double>()));
        }
        Assert.InRange(plan["chosen"]!["layers"]!.GetValue<int>(), 1, int.MaxValue);

        var (again, _, againErr) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--json");
        Assert.True(again == 0, againErr);
        Assert.Contains("192 already finished", againErr);
        Assert.Contains("0 to train", againErr);
        Assert.Equal(bytes, File.ReadAllBytes(table));
    }

    private static IEnumerable<int> Rows(JsonNode fit) => fit["points"]!.AsArray().Select(p => p!["row"]!.GetValue<int>()).Order();

    [Fact]
    public void Seed001_BadInput_ExitsTwoWithOneMessage()
    {
        var data = TextFile();
        var output = Path.Combine(_dir, "changed");
        var (estimated, _, _) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--estimate");
        Assert.Equal(0, estimated);
        Assert.False(Directory.Exists(output)); // an estimate writes nothing
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "runs.csv"), "c,m_over_na\n");
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output), "without manifest.json");
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--data", data, "--out", Path.Combine(data, "under-a-file")), $"option '--out': {data} is not a directory");
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--data", data, "--quick"), "--quick");
        AssertBadInput(Run("ladder", "--design", "seed001-huge"), "seed001-small");
    }

    [Fact]
    public async Task Seed001Micro_Sigterm_StopsCleanlyAndTheRerunFinishes()
    {
        if (!OperatingSystem.IsLinux()) return; // the signal is sent with kill(1)
        var (data, output) = (TextFile(), Path.Combine(_dir, "signalled"));
        using (var process = InspectCliRunner.Start("ladder", "--design", "seed001-micro", "--data", data, "--out", output))
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            string? line;
            while ((line = await process.StandardError.ReadLineAsync()) is not null && !line.StartsWith("[3/192]", StringComparison.Ordinal)) { }
            Assert.NotNull(line);
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString()])) await kill.WaitForExitAsync();
            var rest = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.Equal(130, process.ExitCode);
            Assert.Contains("interrupted:", rest);
            Assert.Contains("Rerun the same command", rest);
            Assert.Empty(await stdout);
        }
        var recorded = File.ReadAllLines(Path.Combine(output, "runs.csv")).Length - 1;
        Assert.InRange(recorded, 3, 191);
        var (exit, _, stderr) = Run("ladder", "--design", "seed001-micro", "--data", data, "--out", output, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Contains($"{recorded} already finished", stderr);
        Assert.Equal(193, File.ReadAllLines(Path.Combine(output, "runs.csv")).Length);
    }

    [Fact]
    public void Default_QuickChinchillaLadder_StillRuns()
    {
        var runs = Path.Combine(_dir, "chinchilla.csv");
        var (exit, stdout, stderr) = Run("ladder", "--quick", "--data", TextFile(), "--runs", runs, "--json");
        Assert.True(exit == 0, stderr);
        Assert.Equal(12, JsonNode.Parse(stdout)!["data"]!["runs"]!.AsArray().Count);
        AssertBadInput(Run("ladder", "--quick", "--data", TextFile(), "--runs", runs, "--estimate"), "seed-001");
    }

    [Fact]
    public void Default_WithoutRuns_RecordsUnderMoelabHome_NeverTheCurrentDirectory_AndShowsProgressInAPipe()
    {
        var (home, cwd) = (Path.Combine(_dir, "home"), Directory.CreateDirectory(Path.Combine(_dir, "cwd")).FullName);
        var text = TextFile();
        var environment = new Dictionary<string, string?> { ["MOELAB_HOME"] = home, ["MOELAB_PROGRESS_SECONDS"] = "0" };

        var first = InspectCliRunner.RunIn(cwd, environment, "ladder", "--quick", "--data", text, "--json");
        Assert.True(first.ExitCode == 0, first.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(cwd));
        var table = Path.Combine(home, LadderCommand.DefaultRunsFile);
        Assert.Equal(1 + 12, File.ReadAllLines(table).Length); // header + one row per run
        Assert.Contains(table, first.Stderr);
        // stderr is a pipe: no bar, but a milestone line per run and progress lines (every report, at a 0 s interval).
        Assert.Contains("[12/12] ", first.Stderr);
        Assert.Contains("moelab ladder: ladder: 12 runs ", first.Stderr);

        var quiet = InspectCliRunner.RunIn(cwd, environment, "ladder", "--quick", "--data", text, "--json", "--quiet");
        Assert.True(quiet.ExitCode == 0, quiet.Stderr);
        Assert.Equal(1 + 12, File.ReadAllLines(table).Length); // resumed: nothing retrained or recorded twice
        Assert.DoesNotContain("[", quiet.Stderr);
        Assert.DoesNotContain("%", quiet.Stderr);
    }

    /// <summary>One budget of the micro backbone at 1e9: 8 runs of a second or two each, long enough to interrupt between them.</summary>
    private string EightRunDesign()
    {
        var path = Path.Combine(_dir, "eight-runs.yaml");
        File.WriteAllText(path, """
            name: eight-runs
            backbone: {routed_experts: 8, top_k: 1, shared_experts: 1, context_length: 16, query_heads: 2, kv_heads: 1, head_dim: 8, vocab_size: 256}
            budgets: [1e9]
            flops_per_token: 80000
            depths: [4, 5]
            expansions: [1.5, 3]
            sweep_widths: 2
            batch_size: 2
            eval_batches: 4
            learning_rate: 5e-3
            """);
        return path;
    }

    private static List<LadderRow> SortedRows(string directory) =>
        File.ReadAllLines(Path.Combine(directory, "runs.csv")).Skip(1).Select((l, i) => LadderRow.Parse(l, directory, i + 2) with { Seconds = 0 }).OrderBy(r => r.Run, StringComparer.Ordinal).ToList();

    [Fact]
    public void DesignFile_JobsTwoInChildProcesses_WritesTheSameRowsAsOneJobInProcess()
    {
        var data = TextFile();
        var design = Path.Combine(TestPaths.RepoRoot, "docs", "designs", "tiny-configurations.yaml");
        var (one, two) = (Path.Combine(_dir, "one"), Path.Combine(_dir, "two"));
        var first = Run("ladder", "--design", design, "--data", data, "--out", one, "--json");
        Assert.True(first.Exit == 0, first.Err);
        var second = Run("ladder", "--design", design, "--data", data, "--out", two, "--jobs", "2", "--json");
        Assert.True(second.Exit == 0, second.Err);
        Assert.Contains("7 to train", second.Err);
        var (rowsOne, rowsTwo) = (SortedRows(one), SortedRows(two));
        Assert.Equal(7, rowsTwo.Count);
        // Bit for bit (the CSV keeps doubles round-trippable): the engine is deterministic per run, whatever process trains it.
        Assert.Equal(rowsOne, rowsTwo);
        Assert.All(rowsTwo, r => Assert.True(r.EvalTokens > 0 && double.IsFinite(r.LossStandardError)));
        Assert.Equal(File.ReadAllText(Path.Combine(one, "manifest.json")), File.ReadAllText(Path.Combine(two, "manifest.json")));
    }

    [Fact]
    public async Task DesignFile_JobsTwoInterruptedBySigint_KeepsFinishedRowsAndTheRerunEndsWithTheStraightTable()
    {
        if (!OperatingSystem.IsLinux()) return; // SIGINT is sent with kill(2)
        var (data, design) = (TextFile(), EightRunDesign());
        var (straight, parallel) = (Path.Combine(_dir, "straight"), Path.Combine(_dir, "parallel"));
        var reference = Run("ladder", "--design", design, "--data", data, "--out", straight, "--json");
        Assert.True(reference.Exit == 0, reference.Err);

        var start = new ProcessStartInfo("env") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])["--default-signal=INT", "dotnet", Path.Combine(AppContext.BaseDirectory, "moelab.dll"),
                     "ladder", "--design", design, "--data", data, "--out", parallel, "--jobs", "2"])
            start.ArgumentList.Add(a);
        start.Environment.Remove("MOELAB_DEBUG");
        string rest;
        using (var process = Process.Start(start)!)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            string? line;
            while ((line = await process.StandardError.ReadLineAsync()) is not null && !line.StartsWith("[2/8]", StringComparison.Ordinal)) { }
            Assert.NotNull(line);
            Assert.Equal(0, SendSignal(process.Id, 2));
            rest = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            Assert.True(process.ExitCode == 130, rest);
            Assert.Empty(await stdout);
        }
        Assert.Contains("interrupted:", rest);
        Assert.Contains("were dropped", rest);
        var kept = SortedRows(parallel);
        Assert.InRange(kept.Count, 2, 7);
        Assert.Equal(kept.Count, kept.Select(r => r.Run).Distinct().Count());
        // No child outlives its parent: every `--child-run` process is gone.
        Assert.DoesNotContain(Process.GetProcesses(), p => { try { return File.ReadAllText($"/proc/{p.Id}/cmdline").Contains(parallel); } catch (IOException) { return false; } catch (UnauthorizedAccessException) { return false; } });

        var rerun = Run("ladder", "--design", design, "--data", data, "--out", parallel, "--jobs", "2", "--json");
        Assert.True(rerun.Exit == 0, rerun.Err);
        Assert.Contains($"{kept.Count} already finished", rerun.Err);
        Assert.Equal(SortedRows(straight), SortedRows(parallel)); // no duplicates, no lost row, the same losses as one process straight through
        Assert.Equal(9, File.ReadAllLines(Path.Combine(parallel, "runs.csv")).Length);
    }

    [Fact]
    public void DesignFile_Infeasible_ExitsTwoNamingFileAndFieldBeforeAnyTraining()
    {
        var design = Path.Combine(_dir, "bad.yaml");
        File.WriteAllText(design, File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "docs", "designs", "tiny-configurations.yaml")).Replace("m_over_na: 7.2346", "m_over_na: 7.5"));
        var output = Path.Combine(_dir, "bad");
        var result = Run("ladder", "--design", design, "--data", TextFile(), "--out", output);
        AssertBadInput(result, $"{design}, field 'configurations[0].m_over_na': M/N_a = 7.5 gives no whole number of layers");
        Assert.Single(result.Err.Trim().Split('\n'));
        Assert.False(Directory.Exists(output));
        AssertBadInput(Run("ladder", "--design", "seed001-micro", "--jobs", "0"), "option '--jobs'");
        AssertBadInput(Run("ladder", "--quick", "--jobs", "2"), "--jobs");
        AssertBadInput(Run("ladder", "--design", Path.Combine(_dir, "missing.yaml")), "missing.yaml, option '--design': design file not found");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int SendSignal(int pid, int signal);

    private static void AssertBadInput((int Exit, string Out, string Err) result, string mentions)
    {
        Assert.Equal(2, result.Exit);
        Assert.Contains(mentions, result.Err);
        Assert.DoesNotContain("   at ", result.Err); // no stack trace
    }
}
