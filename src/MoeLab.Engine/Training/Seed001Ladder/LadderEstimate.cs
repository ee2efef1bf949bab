using System.Diagnostics;
using MoeLab.Engine.Data;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>A run's measured cost: seconds per optimiser step and per validation batch on this machine, now, and the validation batches it evaluates.</summary>
public sealed record RunCost(PlannedRun Run, double SecondsPerStep, double SecondsPerEvalBatch, int EvalBatches)
{
    public double Seconds => SecondsPerStep * Run.Options.Steps + SecondsPerEvalBatch * EvalBatches;
}

/// <summary>How long the pending runs of a design should take, from a few measured steps of each.</summary>
public sealed record LadderEstimate(IReadOnlyList<RunCost> Runs, int ProbeSteps, double ProbeSeconds)
{
    public double TotalSeconds => Runs.Sum(r => r.Seconds);

    /// <summary>
    /// Builds every pending run's model, takes one untimed step (first-touch allocation and JIT), then times
    /// <paramref name="probeSteps"/> steps and one validation batch. Shapes differ a lot in speed per FLOP (a
    /// d = 10, eight-layer model spends its time in per-layer overhead), so each run is measured rather than
    /// scaled from one. The estimate holds for this machine at its current load.
    /// </summary>
    public static LadderEstimate Measure(IEnumerable<PlannedRun> pending, TokenCorpus corpus, int probeSteps = 2, CancellationToken cancel = default)
    {
        var total = Stopwatch.StartNew();
        var costs = new List<RunCost>();
        foreach (var run in pending)
        {
            cancel.ThrowIfCancellationRequested();
            // Enough steps in the schedule for the probe even if the run itself is shorter; the step count changes nothing else.
            var probe = run.Options with { EvalBatches = 1, Steps = Math.Max(run.Options.Steps, probeSteps + 1) };
            var session = new TrainingSession(run.Config, probe, corpus);
            session.Step();
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < probeSteps; i++) session.Step();
            var perStep = clock.Elapsed.TotalSeconds / probeSteps;
            clock.Restart();
            session.Evaluate();
            int b = run.Options.BatchSize, windows = corpus.ValidationStarts(b, run.Options.SequenceLength, run.Options.EvalBatches).Length;
            costs.Add(new RunCost(run, perStep, clock.Elapsed.TotalSeconds, (windows + b - 1) / b));
        }
        return new LadderEstimate(costs, probeSteps, total.Elapsed.TotalSeconds);
    }
}
