using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.IO;
using MoeLab.Core.Validation;
using MoeLab.Engine.Training.Seed001Ladder;
using MoeLab.Reports.Engine;
using MoeLab.Reports.Rendering;

namespace MoeLab.Cli.Commands;

/// <summary>
/// `moelab ladder --design seed001-…`: plans the design, measures how long its pending runs will take and says so,
/// trains them into the output directory one by one (a line per run on stderr), then reports seed 001's
/// rank-preserving claim. Ctrl-C (or SIGTERM) stops between steps, says what is recorded, and exits 130; rerunning continues.
/// </summary>
internal static class Seed001LadderRun
{
    public static int Run(ParseResult parse, string designName, string data, ulong? seed, bool chinchillaOptionsGiven)
    {
        var stdout = parse.InvocationConfiguration.Output;
        var stderr = parse.InvocationConfiguration.Error;
        if (parse.GetValue(LadderCommand.ChildRun) is { } childRun)
            return CommandRunner.Run(() => TrainOneAsChild(designName, data, seed, childRun, parse.GetValue(LadderCommand.ChildHash), stdout), stderr);
        return CommandRunner.Run(() =>
        {
            Preconditions.That(!chinchillaOptionsGiven, "--quick and --runs belong to the chinchilla ladder; a seed-001 design writes DIR/runs.csv (--out DIR)", "--design");
            var jobs = Preconditions.InRange(parse.GetValue(LadderCommand.Jobs), 1, 256, "--jobs");
            var estimateOnly = parse.GetValue(LadderCommand.EstimateOnly);
            // The chinchilla ladder's --runs default is not this design's table, and an estimate writes no directory.
            var outputs = OutputPreflight.Check(parse, estimateOnly ? [LadderCommand.Runs, LadderCommand.Out] : [LadderCommand.Runs]);
            // The design (a file is read, validated and planned whole) before anything else: a bad one is exit 2 before any training.
            var plan = PlanOf(designName, seed);
            var outDirectory = parse.GetValue(LadderCommand.Out) ?? Path.Combine(UserDataDirectory.Root, "ladder", plan.Design.Name);
            if (!estimateOnly) OutputDirectory.Check(outDirectory, "--out");
            var report = outputs.WritesStandardOutput ? stderr : stdout;
            var corpus = TrainCommand.LoadCorpus(data);
            // Ctrl-C (SIGINT) or a polite kill (SIGTERM) stops between steps instead of ending the process mid-write.
            using var cancel = new InterruptSignal();
            try
            {
                if (estimateOnly)
                {
                    var estimate = LadderEstimate.Measure(plan.Runs, corpus, cancel: cancel.Token);
                    Emit(parse, new Seed001LadderReportBuilder(plan, null, estimate, corpus.Name, LadderCommand.CommandLine()).Build(), report, stderr);
                    return CommandRunner.Ok;
                }
                var directory = LadderDirectory.Open(outDirectory, plan, corpus);
                if (directory.Repair is { } repair) stderr.WriteLine($"moelab ladder: warning: {repair}");
                var done = directory.Finished.Select(r => r.Run).ToHashSet();
                var pending = plan.Runs.Where(r => !done.Contains(r.Id)).ToList();
                stderr.WriteLine($"moelab ladder: {plan.Design.Name}: {plan.Runs.Count} runs planned, {done.Count} already finished in {directory.Path}, {pending.Count} to train");
                LadderEstimate? measured = null;
                if (pending.Count > 0)
                {
                    measured = LadderEstimate.Measure(pending, corpus, cancel: cancel.Token);
                    stderr.WriteLine($"moelab ladder: estimated {measured.TotalSeconds / 60:F1} min on this machine ({measured.ProbeSteps} timed steps of each run; the probe took {measured.ProbeSeconds:F1} s)" +
                                     (jobs > 1 ? $"; with --jobs {jobs}, about {measured.TotalSeconds / 60 / Math.Min(jobs, Environment.ProcessorCount):F1} min if {Math.Min(jobs, Environment.ProcessorCount)} cores are free" : ""));
                }
                var trainer = jobs == 1 ? LadderRunner.EngineTrainerOn(corpus) : LadderChildProcess.Trainer(designName, data, plan.Design.Seed, LadderManifest.For(plan, corpus).Hash, jobs);
                var display = ProgressDisplay.For(parse);
                var pass = display.Run($"{plan.Design.Name}: {pending.Count} runs", progress => LadderRunner.Run(plan, directory, trainer,
                    p =>
                    {
                        progress.Report((double)(p.Finished - done.Count) / Math.Max(1, pending.Count));
                        if (display.LogsMilestones)
                            stderr.WriteLine($"[{p.Finished}/{p.Planned}] {p.Run.Id} (phase {p.Run.Phase}, d = {p.Row.D}): loss {p.Row.Loss:F4} in {p.Row.Seconds:F1} s");
                    },
                    cancel.Token, jobs));
                if (pass.Interrupted)
                {
                    stderr.WriteLine($"moelab ladder: interrupted: {pass.Finished.Count} of {plan.Runs.Count} runs finished and recorded in {directory.RunsTable} " +
                                     $"({pass.TrainedNow} this time); the {(jobs > 1 ? "runs" : "run")} in progress {(jobs > 1 ? "were" : "was")} dropped. Rerun the same command to continue.");
                    return CommandRunner.Interrupted;
                }
                Emit(parse, new Seed001LadderReportBuilder(plan, pass, measured, corpus.Name, LadderCommand.CommandLine()).Build(), report, stderr);
                return CommandRunner.Ok;
            }
            catch (OperationCanceledException) when (cancel.Requested)
            {
                stderr.WriteLine("moelab ladder: interrupted while measuring the estimate; nothing was trained. Rerun the same command to start.");
                return CommandRunner.Interrupted;
            }
        }, stderr);
    }

    /// <summary>A built-in design by name, or a design file read and planned whole (a bad one is exit 2 naming file and field).</summary>
    internal static LadderPlan PlanOf(string design, ulong? seed) => LadderDesigns.Names.Contains(design, StringComparer.OrdinalIgnoreCase)
        ? LadderPlanner.Plan(LadderDesigns.Get(design, seed ?? 1))
        : LadderDesignFile.Load(design, seed);

    /// <summary>
    /// The child side of --jobs: plans the same design on the same data, refuses when its manifest hash is not the
    /// parent's (the design file or the data changed in between), trains the one run and prints its row on stdout.
    /// </summary>
    private static int TrainOneAsChild(string design, string data, ulong? seed, string runId, string? parentHash, TextWriter stdout)
    {
        var plan = PlanOf(design, seed);
        var corpus = TrainCommand.LoadCorpus(data);
        var hash = LadderManifest.For(plan, corpus).Hash;
        Preconditions.That(hash == parentHash, $"the design or the data changed since the parent process planned them (manifest hash {hash}, parent's {parentHash})", "--child-hash");
        var run = plan.Runs.FirstOrDefault(r => r.Id == runId) ?? throw new InvalidInputException($"run '{runId}' is not in the plan of {plan.Design.Name}", field: "--child-run");
        using var cancel = new InterruptSignal();
        try
        {
            stdout.WriteLine(LadderRunner.EngineTrainerOn(corpus)(run, cancel.Token).ToCsv());
            return CommandRunner.Ok;
        }
        catch (OperationCanceledException) when (cancel.Requested)
        {
            return CommandRunner.Interrupted;
        }
    }

    private static void Emit(ParseResult parse, MoeLab.Reports.Model.Report report, TextWriter stdout, TextWriter stderr) =>
        ReportOutput.Emit(InvocationEcho.Attach(parse, report), OutputOptionSet.Read(parse), stdout, stderr);
}
