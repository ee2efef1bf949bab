using System.Globalization;
using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;

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
        var seen = new Dictionary<string, string>();
        foreach (var scale in scales)
        {
            var phase2 = new List<PlannedRun>();
            foreach (var (layers, expansion, widths, at) in ConfigurationsAt(design, scale))
            {
                var target = Triad(scale.TargetFlopsPerToken, layers, expansion, design, at);
                var interval = Seed001ShapeSolver.FeasibleHiddenSize(target, backbone);
                if (interval.IsEmpty)
                    throw Infeasible(design, at, at is null ? null : ".layers", $"no feasible d at C = {scale.ComputeFlops:G3}, L = {layers}, y = {expansion}");
                var atMedian = Seed001ShapeSolver.SolveValues(target, interval.Median, backbone).DenseLayers;
                var proxy = Math.Clamp((int)Math.Round(atMedian, MidpointRounding.AwayFromZero), 0, layers - 1);
                var configId = $"s{scale.Index}-L{layers}-y{expansion.ToString(CultureInfo.InvariantCulture)}";
                if (!seen.TryAdd(configId, at ?? configId))
                    throw Infeasible(design, at, null, $"the same configuration as {seen[configId]} (C = {scale.ComputeFlops:G4}, L = {layers}, y = {expansion})");
                var sweep = widths is null ? SweepDenseLayers(layers, proxy, design.SweepWidths) : DenseLayersAt(widths, layers, proxy, target, interval, backbone, design, at!);
                foreach (var dense in sweep)
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

    /// <summary>
    /// The configurations of one scale, in training order: the grid's (depths at that budget × expansions) or the
    /// design's listed ones at that budget, with the field naming each (null for the grid's) for error messages.
    /// </summary>
    private static IEnumerable<(int Layers, double Expansion, IReadOnlyList<double>? Widths, string? Field)> ConfigurationsAt(LadderDesign design, LadderScale scale)
    {
        if (design.Configurations is { } listed)
        {
            for (var i = 0; i < listed.Count; i++)
                if (listed[i].Budget == scale.ComputeFlops) yield return (listed[i].Layers, listed[i].Expansion, listed[i].Widths, $"configurations[{i}]");
            yield break;
        }
        foreach (var layers in design.DepthsAt(scale.ComputeFlops))
        foreach (var expansion in design.Expansions)
            yield return (layers, expansion, null, null);
    }

    /// <summary>
    /// The whole L_d of each listed width (the nearest to the real L_d seed 001's algebra gives at that d), the proxy's
    /// included. A width outside the feasible interval, or two widths that land on one L_d, are bad input.
    /// </summary>
    private static IReadOnlyList<int> DenseLayersAt(IReadOnlyList<double> widths, int layers, int proxy, ConstraintTriad target, HiddenSizeInterval interval,
        Seed001Backbone backbone, LadderDesign design, string at)
    {
        var dense = new SortedSet<int> { proxy };
        var from = new Dictionary<int, double>();
        foreach (var d in widths)
        {
            if (!interval.Contains(d))
                throw Infeasible(design, at, ".d", $"d = {d:G4} is outside the feasible interval [{interval.Min:0.##}, {interval.Max:0.##}] (L_d ≥ 0, L_m ≥ 1) of this configuration");
            var layersD = Math.Clamp((int)Math.Round(Seed001ShapeSolver.SolveValues(target, d, backbone).DenseLayers, MidpointRounding.AwayFromZero), 0, layers - 1);
            if (from.TryGetValue(layersD, out var other))
                throw Infeasible(design, at, ".d", $"d = {other:G4} and d = {d:G4} both round to L_d = {layersD} dense layers, the same run; the widths that realise the triad are " +
                    string.Join(", ", Enumerable.Range(0, layers).Select(l => (l, w: Seed001ShapeSolver.HiddenSizeForDenseLayers(target, l, backbone))).Select(p => $"{p.w:0.#} (L_d = {p.l})")));
            from[layersD] = d;
            dense.Add(layersD);
        }
        return dense.ToList();
    }

    private static Exception Infeasible(LadderDesign design, string? at, string? suffix, string detail) => at is null
        ? new InvalidOperationException($"{design.Name}: {detail}")
        : new InvalidInputException(detail, field: at + suffix);

    /// <summary>M is the budget's; L whole fixes N_a = (M − 6·S·N_q·d_qkv·L)/6, so x = M/N_a; N = y·N_a.</summary>
    public static ConstraintTriad Triad(double flopsPerToken, int layers, double expansion, LadderDesign design, string? at = null)
    {
        var active = (flopsPerToken - design.AttentionFlopsPerLayer * layers) / 6.0;
        if (!(active > 0)) throw Infeasible(design, at, ".layers", $"M = {flopsPerToken:G4} leaves nothing but attention at L = {layers} (at most {MaxLayers(flopsPerToken, design)} layers fit)");
        var na = (long)Math.Round(active);
        return new ConstraintTriad(6.0 * na + design.AttentionFlopsPerLayer * layers, na, (long)Math.Round(expansion * na));
    }

    /// <summary>The most layers M leaves room for: attention alone costs 6·S·N_q·d_qkv per layer.</summary>
    public static int MaxLayers(double flopsPerToken, LadderDesign design) => (int)Math.Ceiling(flopsPerToken / design.AttentionFlopsPerLayer) - 1;

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
