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

/// <summary>The ladder's runs and the law fitted to them.</summary>
public sealed record LadderOutcome(IReadOnlyList<(LadderRung Rung, TrainOutcome Outcome)> Runs, FitOutcome? Fit, string? FitError, string? RunsTable);

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
                PeakLearningRate = 3e-3, MinLearningRate = 3e-4, EvalBatches = quick ? 2 : 16, Seed = seed,
            };
            rungs.Add(new LadderRung(family, config.Validated(), options));
        }
        return rungs;
    }

    /// <param name="onStep">Called after every optimiser step with (steps done over the whole ladder, rung name).</param>
    public static LadderOutcome Run(IReadOnlyList<LadderRung> rungs, TokenCorpus corpus, string? runsTable, Action<int, string>? onStep = null)
    {
        var results = new List<(LadderRung, TrainOutcome)>();
        var done = 0;
        foreach (var rung in rungs)
        {
            var request = new TrainRequest(rung.Config, rung.Options, rung.Name, RunsTable: runsTable);
            var outcome = EngineTrainer.Run(request, corpus, r => onStep?.Invoke(++done, $"{rung.Name} loss {r.CrossEntropy:F3}"));
            results.Add((rung, outcome));
        }
        var points = results.Select((r, i) => new RunPoint(r.Item2.Row.NActive, r.Item2.Row.D, r.Item2.Row.C, r.Item2.Row.Loss, i + 1,
            r.Item2.Row.E, r.Item2.Row.Granularity)).ToList();
        try
        {
            var fit = FitService.Run(new FitRequest(new RunTable(runsTable ?? "ladder", points), LawForms.Create("chinchilla"), new FitOptions()));
            return new LadderOutcome(results, fit, null, runsTable);
        }
        catch (Exception e) when (e is MoeLab.Core.Validation.InvalidInputException or ArithmeticException or InvalidOperationException)
        {
            return new LadderOutcome(results, null, e.Message, runsTable);
        }
    }
}
