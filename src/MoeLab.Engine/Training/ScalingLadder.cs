using MoeLab.Engine.Data;
using MoeLab.Engine.Model;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;

namespace MoeLab.Engine.Training;

/// <summary>One run of the ladder: a family (dense or MoE), a shape and a token budget.</summary>
public sealed record LadderRung(string Family, EngineConfig Config, TrainingOptions Options)
{
    public string Name => $"{Family}-d{Config.ModelDim}-{Options.Steps}steps";
}

/// <summary>One rung's result: its row, and its training speed when this pass trained it (null when the row was already recorded).</summary>
public sealed record LadderRunResult(LadderRung Rung, RunRow Row, double? TokensPerSecond)
{
    public bool Reused => TokensPerSecond is null;
}

/// <summary>
/// The ladder's runs and the law fitted to them. An interrupted pass (<see cref="Interrupted"/>) holds the rungs
/// finished so far, recorded in the table, and no fit.
/// </summary>
public sealed record LadderOutcome(
    IReadOnlyList<LadderRunResult> Runs, int Planned, double UnigramLoss, FitOutcome? Fit, string? FitError, string? RunsTable,
    bool Interrupted)
{
    public int TrainedNow => Runs.Count(r => !r.Reused);
}

/// <summary>
/// MoeLab's end-to-end check on real data: a small ladder of dense and MoE byte-level models at three widths and two
/// token budgets is trained on the CPU, every run appended to a runs table, and the Chinchilla form
/// L = E + A/N^α + B/D^β fitted to the runs (N = active non-embedding parameters) with the fitter behind `moelab fit`.
/// The default ladder (12 runs, ≈1.4 M training tokens in all) fits in well under 30 minutes on two cores.
/// </summary>
public static class ScalingLadder
{
    public static IReadOnlyList<LadderRung> Plan(bool quick = false, ulong seed = 1)
    {
        var rungs = new List<LadderRung>();
        int[] widths = quick ? [16, 24, 32] : [32, 64, 96];
        int[] steps = quick ? [4, 8] : [150, 300];
        foreach (var family in new[] { "dense", "moe" })
        foreach (var d in widths)
        foreach (var s in steps)
        {
            var config = new EngineConfig
            {
                ContextLength = quick ? 16 : 64, ModelDim = d, Layers = 2, Heads = Math.Max(2, d / 16), KvHeads = Math.Max(2, d / 16),
                DenseHidden = 3 * d,
            };
            // MoE: 4 experts of the dense width, top-1, so active FFN size equals the dense model's (Switch-style).
            if (family == "moe") config = config with { Experts = 4, TopK = 1, ExpertHidden = 3 * d };
            var options = new TrainingOptions
            {
                Steps = s, BatchSize = quick ? 2 : 8, SequenceLength = config.ContextLength, WarmupSteps = Math.Max(1, s / 10),
                PeakLearningRate = 3e-3, MinLearningRate = 3e-4, Seed = seed,
                // A fixed 256 KiB held-out sample: the rungs train on 77–154 k tokens, so the whole split would cost more than training.
                EvalBatches = quick ? 2 : TrainingOptions.BatchesHolding(TrainingOptions.HeldOutTokens, 8, 64),
            };
            rungs.Add(new LadderRung(family, config.Validated(), options));
        }
        return rungs;
    }

    /// <summary>
    /// Trains every rung <paramref name="table"/> does not already hold (by <see cref="RunKey"/>), appending each row
    /// as its run finishes, then fits the law to all the ladder's rows. Cancellation drops the run in progress and
    /// returns what is recorded, unfitted; a rerun continues from there.
    /// </summary>
    /// <param name="onStep">Called after every optimiser step with (steps done by this pass, rung name).</param>
    /// <param name="onFinished">Called after each rung this pass trains, with its result and the count of rungs recorded.</param>
    public static LadderOutcome Run(IReadOnlyList<LadderRung> rungs, TokenCorpus corpus, ScalingLadderTable table,
        Action<int, string>? onStep = null, Action<LadderRunResult, int>? onFinished = null, CancellationToken cancel = default)
    {
        var results = new List<LadderRunResult>();
        var done = 0;
        var interrupted = false;
        var keys = rungs.Select(r => RunKey.Of(r.Config, r.Options, corpus)).ToList();
        var recordedCount = keys.Count(k => table.Find(k) is not null);
        foreach (var (rung, key) in rungs.Zip(keys))
        {
            if (table.Find(key) is { } recorded)
            {
                results.Add(new LadderRunResult(rung, recorded, null));
                continue;
            }
            TrainOutcome outcome;
            try
            {
                outcome = EngineTrainer.Run(new TrainRequest(rung.Config, rung.Options, rung.Name), corpus,
                    r => onStep?.Invoke(++done, $"{rung.Name} loss {r.CrossEntropy:F3}"), cancel);
            }
            catch (OperationCanceledException) when (cancel.IsCancellationRequested)
            {
                interrupted = true;
                break;
            }
            table.Append(outcome.Row);
            var result = new LadderRunResult(rung, outcome.Row, outcome.TokensPerSecond);
            results.Add(result);
            onFinished?.Invoke(result, ++recordedCount);
        }
        // Rungs after the interrupted one that the table already held are finished too.
        if (interrupted)
            results.AddRange(rungs.Zip(keys).Skip(results.Count + 1).Where(r => table.Find(r.Second) is not null)
                .Select(r => new LadderRunResult(r.First, table.Find(r.Second)!, null)));
        var unigram = corpus.UnigramValidationLoss();
        if (interrupted) return new LadderOutcome(results, rungs.Count, unigram, null, null, table.Path, true);
        var points = results.Select((r, i) => new RunPoint(r.Row.NActive, r.Row.D, r.Row.C, r.Row.Loss, i + 1, r.Row.E, r.Row.Granularity)).ToList();
        FitOutcome? fit = null;
        string? error = null;
        try
        {
            fit = FitService.Run(new FitRequest(new RunTable(table.Path ?? "ladder", points), LawForms.Create("chinchilla"), new FitOptions()));
        }
        catch (Exception e) when (e is MoeLab.Core.Validation.InvalidInputException or ArithmeticException or InvalidOperationException)
        {
            error = e.Message;
        }
        // A signal during the fit (which cannot be cancelled) still stops the command: every run is recorded, the fit is redone next time.
        return new LadderOutcome(results, rungs.Count, unigram, fit, error, table.Path, cancel.IsCancellationRequested);
    }
}
