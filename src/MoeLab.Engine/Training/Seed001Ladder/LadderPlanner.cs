using System.Globalization;
using MoeLab.Core.Seed001;

namespace MoeLab.Engine.Training.Seed001Ladder;

/// <summary>
/// Seed 001's two phases, planned with its own algebra (DESIGN.md): at each budget, every (x, y) of the grid fixes
/// the triad M, N_a = M/x, N = y·N_a and hence L; its feasible d interval (L_d ≥ 0, L_m ≥ 1) has a median, the
/// proxy width of Phase 1; Phase 2 sweeps d across the interval. Only widths with a whole number of dense layers
/// realise the triad, so the median moves to the nearest such width and the sweep takes its widths from them.
/// Each run gets the budget's C: D = C / M_engine tokens, M_engine being what the engine counts per token.
/// </summary>
public static class LadderPlanner
{
    public static LadderPlan Plan(LadderDesign design)
    {
        design = design.Validated();
        var backbone = design.Backbone;
        var scales = design.Budgets.Select((c, i) => new LadderScale(i + 1, c, design.FlopsPerTokenAt(c), design.LearningRateAt(c))).ToList();
        var runs = new List<PlannedRun>();
        foreach (var scale in scales)
        {
            var phase2 = new List<PlannedRun>();
            foreach (var layers in design.DepthsAt(scale.ComputeFlops))
            foreach (var expansion in design.Expansions)
            {
                var target = Triad(scale.TargetFlopsPerToken, layers, expansion, design);
                var interval = Seed001ShapeSolver.FeasibleHiddenSize(target, backbone);
                if (interval.IsEmpty) throw new InvalidOperationException($"{design.Name}: no feasible d at C = {scale.ComputeFlops:G3}, L = {layers}, y = {expansion}");
                var atMedian = Seed001ShapeSolver.SolveValues(target, interval.Median, backbone).DenseLayers;
                var proxy = Math.Clamp((int)Math.Round(atMedian, MidpointRounding.AwayFromZero), 0, layers - 1);
                var configId = $"s{scale.Index}-L{layers}-y{expansion.ToString(CultureInfo.InvariantCulture)}";
                foreach (var dense in SweepDenseLayers(layers, proxy, design.SweepWidths))
                {
                    var shape = LadderShapeRealizer.Realize(target, layers, dense, backbone);
                    var config = shape.ToEngineConfig(backbone);
                    var perToken = CountedFlops.PerTrainingToken(config, backbone.ContextLength);
                    var options = Options(design, scale, perToken);
                    var run = new PlannedRun($"{configId}-Ld{dense}", configId, dense == proxy ? 1 : 2, scale,
                        target.FlopsPerToken / target.ActiveParams, expansion, target, shape, config, options, perToken);
                    (dense == proxy ? runs : phase2).Add(run);
                }
            }
            runs.AddRange(phase2);
        }
        return new LadderPlan(design, scales, runs);
    }

    /// <summary>M is the budget's; L whole fixes N_a = (M − 6·S·N_q·d_qkv·L)/6, so x = M/N_a; N = y·N_a.</summary>
    public static ConstraintTriad Triad(double flopsPerToken, int layers, double expansion, LadderDesign design)
    {
        var active = (flopsPerToken - design.AttentionFlopsPerLayer * layers) / 6.0;
        if (!(active > 0)) throw new InvalidOperationException($"{design.Name}: M = {flopsPerToken:G4} leaves nothing but attention at L = {layers}");
        var na = (long)Math.Round(active);
        return new ConstraintTriad(6.0 * na + design.AttentionFlopsPerLayer * layers, na, (long)Math.Round(expansion * na));
    }

    /// <summary>
    /// <paramref name="count"/> values of L_d in 0 … L − 1, evenly spread (all of them when L ≤ count), always
    /// including <paramref name="proxy"/>: it replaces the nearest spread value when it is not one already, an
    /// interior one on a tie, so the sweep keeps both ends of the feasible interval.
    /// </summary>
    public static IReadOnlyList<int> SweepDenseLayers(int layers, int proxy, int count)
    {
        if (layers <= count) return Enumerable.Range(0, layers).ToList();
        var spread = Enumerable.Range(0, count)
            .Select(i => (int)Math.Round(i * (layers - 1.0) / (count - 1), MidpointRounding.AwayFromZero)).Distinct().ToList();
        if (!spread.Contains(proxy))
        {
            var replaced = Enumerable.Range(0, spread.Count)
                .OrderBy(i => Math.Abs(spread[i] - proxy)).ThenBy(i => i == 0 || i == spread.Count - 1 ? 1 : 0).First();
            spread[replaced] = proxy;
        }
        return spread.Order().ToList();
    }

    private static TrainingOptions Options(LadderDesign design, LadderScale scale, double flopsPerToken)
    {
        var tokensPerStep = (long)design.BatchSize * design.Backbone.ContextLength;
        var steps = Math.Max(1, (int)Math.Round(scale.ComputeFlops / (flopsPerToken * tokensPerStep)));
        return new TrainingOptions
        {
            Steps = steps,
            BatchSize = design.BatchSize,
            SequenceLength = design.Backbone.ContextLength,
            PeakLearningRate = scale.PeakLearningRate,
            MinLearningRate = scale.PeakLearningRate / 10,
            WarmupSteps = Math.Max(1, (int)Math.Round(steps * design.WarmupFraction)),
            EvalBatches = design.EvalBatches,
            Seed = design.Seed,
        };
    }
}
