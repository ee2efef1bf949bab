using MoeLab.Core.Seed001;
using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// Seed 001's two-phase holistic MoE planner. Phase 0 splits the budget into M_opt and D_opt; Phase 1 ranks
/// the (M/N_a, N/N_a) rectangle at the proxy width (median of the feasible d interval); Phase 2 sweeps aligned
/// widths, solves and rounds each shape, recomputes the triad and rejects shapes whose M misses M_opt by more
/// than the tolerance. Every buildable architecture of every Phase-1 point is scored, so the near-optimal band
/// and the check of the rank-preserving shortcut come from the same pass.
/// </summary>
public sealed class HolisticPlanner(IShapeRealizer realizer, ILossOracle oracle, IComputeSplit split)
{
    public IShapeRealizer Realizer { get; } = realizer;
    public ILossOracle Oracle { get; } = oracle;
    public IComputeSplit Split { get; } = split;

    /// <summary>
    /// The planner and options to use at another budget, for the nearest-feasible-budget search: seed 001's
    /// per-scale defaults (attention, N/N_a, M/N_a) change with C, so a budget must be tried with its own settings,
    /// not this budget's. Null: this planner and the same options at every budget.
    /// </summary>
    public Func<double, (HolisticPlanner Planner, PlanOptions Options)>? AtBudget { get; init; }

    /// <summary>Plans one budget. Throws <see cref="InvalidInputException"/> naming the binding constraint when nothing is admitted.</summary>
    public PlanResult Plan(double computeFlops, PlanOptions? options = null)
    {
        options ??= PlanOptions.Default;
        var search = Search(computeFlops, options);
        if (search.Result is { } result) return result;
        throw Infeasible(computeFlops, options, search);
    }

    /// <summary>Plans each budget independently (in parallel; results keep the input order and are deterministic).</summary>
    public IReadOnlyList<PlanResult> Sweep(IReadOnlyList<double> computeBudgets, PlanOptions? options = null)
    {
        var results = new PlanResult[computeBudgets.Count];
        Parallel.For(0, computeBudgets.Count, i => results[i] = Plan(computeBudgets[i], options));
        return results;
    }

    private sealed record SearchOutcome(PlanResult? Result, int DistinctBuildable, IReadOnlyList<ConstraintCheck> Checks, ClosestMiss[] Closest, int[] AdmittedByAlone);

    /// <summary>The buildable shape whose measure lies nearest the admitted range of one check, and that measure.</summary>
    private readonly record struct ClosestMiss(double Miss, double Measure, RealizedShape? Shape)
    {
        public static readonly ClosestMiss None = new(double.PositiveInfinity, double.NaN, null);

        public ClosestMiss Nearer(ClosestMiss other) => other.Miss < Miss ? other : this;
    }

    private SearchOutcome Search(double computeFlops, PlanOptions options)
    {
        Preconditions.Positive(computeFlops, "compute");
        Preconditions.InRange(options.Alignment, 1, 4096, "align");
        Preconditions.InRange(options.Epsilon, 0.0, 1.0, "epsilon");
        Preconditions.InRange(options.MaxFlopsDeviation, 0.0, 1.0, "max-flops-deviation");
        var constraints = options.ConstraintsOrNone;
        constraints.Validate();
        options.Shapes?.Validate();

        var split0 = ComputeSplitResult.For(Split, computeFlops);
        Preconditions.That(double.IsFinite(split0.TokensD) && split0.TokensD > 0,
            $"the compute split gave a non-positive token count {split0.TokensD} at C = {computeFlops:0.###e+0}", "compute");
        var targetFlops = split0.FlopsPerToken;
        var limit = Realizer.ExpansionLimit;
        var xs = options.SpaceOrDefault.FlopsPerActiveParamGrid();
        var ys = options.SpaceOrDefault.TotalPerActiveGrid(limit, Realizer.IsDense);
        var checks = AllChecks(options);
        var closest = Enumerable.Repeat(ClosestMiss.None, checks.Count).ToArray();
        var admittedAlone = new int[checks.Count];

        // Each x row is independent; rows run in parallel and are merged in x order, so results are deterministic.
        var rows = new RowOutcome[xs.Length];
        Parallel.For(0, xs.Length, i => rows[i] = SearchRow(xs[i], ys, targetFlops, split0.TokensD, computeFlops, options, checks));

        // A large budget has over a million distinct buildable architectures, so rows keep only their keys (for the
        // distinct counts) and the admitted architectures that can still reach the band; equal keys are equal
        // architectures (same integers, hence same triad, loss and constraint measures), so any copy will do.
        var phase1 = new List<Phase1Point>(xs.Length * ys.Length);
        var seen = new HashSet<long>(rows.Sum(r => r.Keys.Count));
        int realizations = 0, notRealizable = 0, offTarget = 0, distinctAdmitted = 0;
        var minLoss = double.PositiveInfinity;
        if (checks.Count > 64) throw new InvalidOperationException($"{checks.Count} constraints do not fit the 64-bit admission mask");
        var allAdmitted = checks.Count == 0 ? 0UL : ulong.MaxValue >> (64 - checks.Count);
        foreach (var row in rows)
        {
            phase1.AddRange(row.Points);
            realizations += row.Realizations;
            notRealizable += row.NotRealizable;
            offTarget += row.OffTarget;
            minLoss = Math.Min(minLoss, row.MinAdmittedLoss);
            for (var c = 0; c < checks.Count; c++) closest[c] = closest[c].Nearer(row.Closest[c]);
            for (var k = 0; k < row.Keys.Count; k++)
            {
                if (!seen.Add(row.Keys[k])) continue;
                var mask = row.AdmitMasks?[k] ?? allAdmitted;
                if (mask == allAdmitted) distinctAdmitted++;
                for (var c = 0; c < checks.Count; c++)
                    if ((mask & (1UL << c)) != 0) admittedAlone[c]++;
            }
        }

        if (distinctAdmitted == 0)
            return new SearchOutcome(null, seen.Count, checks, closest, admittedAlone);

        var ceiling = BandCeiling(minLoss, options.Epsilon);
        var bandSeen = new HashSet<long>();
        var nearBest = rows.SelectMany(r => r.NearBest).Where(a => a.Loss <= ceiling && bandSeen.Add(a.Shape.ArchitectureKey)).ToList();
        var choice = phase1.Where(p => p.Admitted > 0).MinBy(p => p.ProxyLoss)!;
        var widthRows = SweepWidths(choice, computeFlops, options, checks);
        var sequential = widthRows.Where(r => r.Outcome == Phase2Outcome.Buildable)
            .Select(r => new PlannedArchitecture(r.Shape!.Value, r.Loss!.Value, computeFlops / r.Shape!.Value.Triad.FlopsPerToken, r.FlopsDeviation!.Value))
            .OrderBy(a => a.Loss).ThenBy(a => Math.Abs(a.FlopsDeviation)).First();
        // The best admitted architecture has the least loss, so it is among those near it.
        var best = nearBest.OrderBy(a => a.Loss).ThenBy(a => Math.Abs(a.FlopsDeviation)).ThenBy(a => a.Shape.ArchitectureKey).First();
        foreach (var planned in new[] { best, sequential })
        {
            var direct = Realizer.AccountDirectly(planned.Shape);
            if (direct != planned.Shape.Triad)
                throw new InvalidOperationException($"triad shortcut disagrees with the accounting for {planned.Shape}: {direct}");
        }
        var band = Band(nearBest, best.Loss, options.Epsilon);
        var counts = new PlanCounts(xs.Length * ys.Length, phase1.Count, realizations, notRealizable, offTarget, seen.Count, distinctAdmitted);
        var result = new PlanResult(split0, Oracle.Name, Oracle.Description, Oracle.SeesHiddenSize, options, limit,
            phase1, choice, widthRows, best, sequential, band, counts);
        return new SearchOutcome(result, seen.Count, checks, closest, admittedAlone);
    }

    /// <summary>The band's upper loss, (1+ε)·min for positive losses; it rises with the minimum, so a row's own ceiling bounds the plan's.</summary>
    private static double BandCeiling(double minLoss, double epsilon) => minLoss + epsilon * Math.Abs(minLoss);

    /// <param name="Keys">The key of every buildable architecture of the row (repeats included).</param>
    /// <param name="AdmitMasks">Per key, bit c set when constraint c alone admits it; null when there are no constraints.</param>
    /// <param name="NearBest">Admitted architectures within the band ceiling of the row's minimum (a superset of the row's share of the band).</param>
    private sealed record RowOutcome(List<Phase1Point> Points, List<long> Keys, List<ulong>? AdmitMasks, List<PlannedArchitecture> NearBest,
        double MinAdmittedLoss, ClosestMiss[] Closest, int Realizations, int NotRealizable, int OffTarget);

    private RowOutcome SearchRow(double x, double[] ys, double targetFlops, double tokens, double computeFlops, PlanOptions options, IReadOnlyList<ConstraintCheck> checks)
    {
        var points = new List<Phase1Point>(ys.Length);
        var keys = new List<long>();
        var masks = checks.Count == 0 ? null : new List<ulong>();
        var nearBest = new List<PlannedArchitecture>();
        var closest = Enumerable.Repeat(ClosestMiss.None, checks.Count).ToArray();
        var rowMin = double.PositiveInfinity;
        var compactAt = 1024;
        int realizations = 0, notRealizable = 0, offTarget = 0;
        foreach (var y in ys)
        {
            var target = PlanTargets.FromRatios(targetFlops, x, y);
            if (Realizer.FeasibleHiddenSizes(target) is not { } hidden) continue;
            var proxy = ProxyLoss(target, hidden, tokens);
            int buildable = 0, admitted = 0;
            double? best = null;
            foreach (var d in AlignedWidths(hidden, options.Alignment))
            {
                realizations++;
                var outcome = Evaluate(target, d, computeFlops, options, checks, out var scored);
                if (outcome == Phase2Outcome.NotRealizable) { notRealizable++; continue; }
                if (outcome == Phase2Outcome.OffTarget) { offTarget++; continue; }
                buildable++;
                keys.Add(scored.Key);
                if (masks is not null)
                {
                    var mask = 0UL;
                    for (var c = 0; c < checks.Count; c++)
                    {
                        var measure = checks[c].Measure(scored.Architecture.Shape);
                        var miss = checks[c].Miss(measure);
                        if (miss < closest[c].Miss) closest[c] = new ClosestMiss(miss, measure, scored.Architecture.Shape);
                        if (checks[c].Admits(measure)) mask |= 1UL << c;
                    }
                    masks.Add(mask);
                }
                if (!scored.Admitted) continue;
                admitted++;
                var loss = scored.Architecture.Loss;
                if (best is null || loss < best) best = loss;
                if (loss < rowMin) rowMin = loss;
                if (loss > BandCeiling(rowMin, options.Epsilon)) continue;
                nearBest.Add(scored.Architecture);
                if (nearBest.Count >= compactAt)
                {
                    // The minimum fell since these were kept; drop what is now above the ceiling (amortised O(1) per add).
                    var ceiling = BandCeiling(rowMin, options.Epsilon);
                    nearBest.RemoveAll(a => a.Loss > ceiling);
                    compactAt = Math.Max(1024, 2 * nearBest.Count);
                }
            }
            points.Add(new Phase1Point(x, y, target, hidden, proxy, buildable, admitted, best));
        }
        return new RowOutcome(points, keys, masks, nearBest, rowMin, closest, realizations, notRealizable, offTarget);
    }

    /// <summary>Phase 1's score of a target triad: the oracle's loss at the proxy width, the median of its feasible d interval.</summary>
    private double ProxyLoss(ConstraintTriad target, HiddenSizeInterval hidden, double tokens) =>
        Oracle.PredictLoss(new OracleQuery(target, hidden.Median, tokens, Realizer.ExpansionLimit, Realizer.ExpertWidthAt(target, hidden.Median)));

    /// <summary>
    /// Phase 1's proxy loss over a whole rectangle, without Phase 2: what the search would rank if nothing were held.
    /// A plan that holds M/N_a or N/N_a searches one row, column or point of the rectangle; this is the surface that
    /// choice sits on (one oracle call per grid point, so it costs little beside the plan). Points whose target has no
    /// feasible width are left out, as in the search.
    /// </summary>
    public IReadOnlyList<ProxyPoint> ProxySurface(double computeFlops, CandidateSpace space)
    {
        Preconditions.Positive(computeFlops, "compute");
        ArgumentNullException.ThrowIfNull(space);
        var split0 = ComputeSplitResult.For(Split, computeFlops);
        var ys = space.TotalPerActiveGrid(Realizer.ExpansionLimit, Realizer.IsDense);
        var surface = new List<ProxyPoint>();
        foreach (var x in space.FlopsPerActiveParamGrid())
            foreach (var y in ys)
            {
                var target = PlanTargets.FromRatios(split0.FlopsPerToken, x, y);
                if (Realizer.FeasibleHiddenSizes(target) is { } hidden)
                    surface.Add(new ProxyPoint(x, y, ProxyLoss(target, hidden, split0.TokensD)));
            }
        return surface;
    }

    private readonly record struct Scored(long Key, PlannedArchitecture Architecture, bool Admitted);

    private Phase2Outcome Evaluate(ConstraintTriad target, int d, double computeFlops, PlanOptions options, IReadOnlyList<ConstraintCheck> checks, out Scored scored)
    {
        scored = default;
        var realized = Realizer.Realize(target, d, options.Alignment, options.MaxFlopsDeviation, out var prunedOffTarget);
        if (prunedOffTarget) return Phase2Outcome.OffTarget;
        if (realized is not { } shape) return Phase2Outcome.NotRealizable;
        var deviation = (shape.Triad.FlopsPerToken - target.FlopsPerToken) / target.FlopsPerToken;
        if (Math.Abs(deviation) > options.MaxFlopsDeviation) return Phase2Outcome.OffTarget;
        var tokens = computeFlops / shape.Triad.FlopsPerToken;
        var loss = Oracle.PredictLoss(new OracleQuery(shape.Triad, shape.HiddenSize, tokens, Realizer.ExpansionLimit, shape.ExpertHiddenSize));
        var admitted = true;
        for (var i = 0; i < checks.Count; i++) admitted &= checks[i].Admits(shape); // indexed: no boxed enumerator per width
        scored = new Scored(shape.ArchitectureKey, new PlannedArchitecture(shape, loss, tokens, deviation), admitted);
        return admitted ? Phase2Outcome.Buildable : Phase2Outcome.Excluded;
    }

    /// <summary>Phase 2 at one Phase-1 point, keeping every width's outcome (for the loss-vs-d chart).</summary>
    public IReadOnlyList<Phase2Row> SweepWidths(Phase1Point point, double computeFlops, PlanOptions options) =>
        SweepWidths(point, computeFlops, options, AllChecks(options));

    /// <summary>The user's infrastructure limits followed by the shape limits (width ratio, aspect).</summary>
    private List<ConstraintCheck> AllChecks(PlanOptions options) =>
        [.. options.ConstraintsOrNone.Checks(Realizer), .. options.Shapes?.Checks(Realizer) ?? []];

    private List<Phase2Row> SweepWidths(Phase1Point point, double computeFlops, PlanOptions options, IReadOnlyList<ConstraintCheck> checks)
    {
        var rows = new List<Phase2Row>();
        foreach (var d in AlignedWidths(point.Hidden, options.Alignment))
        {
            var outcome = Evaluate(point.Target, d, computeFlops, options, checks, out var scored);
            rows.Add(outcome is Phase2Outcome.Buildable or Phase2Outcome.Excluded
                ? new Phase2Row(d, outcome, scored.Architecture.Shape, scored.Architecture.Loss, scored.Architecture.FlopsDeviation)
                : new Phase2Row(d, outcome, null, null, null));
        }
        return rows;
    }

    /// <summary>Multiples of <paramref name="alignment"/> inside the feasible interval.</summary>
    public static IEnumerable<int> AlignedWidths(HiddenSizeInterval hidden, int alignment)
    {
        var first = (long)Math.Ceiling(hidden.Min / alignment) * alignment;
        var last = (long)Math.Floor(hidden.Max / alignment) * alignment;
        first = Math.Max(first, alignment);
        for (var d = first; d <= last && d <= int.MaxValue; d += alignment) yield return (int)d;
    }

    private static ArchitectureBand Band(List<PlannedArchitecture> admitted, double minLoss, double epsilon)
    {
        var ceiling = BandCeiling(minLoss, epsilon);
        var members = admitted.Where(a => a.Loss <= ceiling).OrderBy(a => a.Loss).ThenBy(a => a.Shape.ArchitectureKey).ToList();
        var first = members[0].Shape;
        ValueRange x = ValueRange.Of(first.Triad.FlopsPerActiveParam), y = ValueRange.Of(first.Triad.TotalPerActiveParam),
            d = ValueRange.Of(first.HiddenSize), layers = ValueRange.Of(first.Layers);
        foreach (var m in members)
        {
            x = x.Including(m.Shape.Triad.FlopsPerActiveParam);
            y = y.Including(m.Shape.Triad.TotalPerActiveParam);
            d = d.Including(m.Shape.HiddenSize);
            layers = layers.Including(m.Shape.Layers);
        }
        return new ArchitectureBand(epsilon, minLoss, ceiling, x, y, d, layers, members.Count, members.Take(25).ToList());
    }

    private InvalidInputException Infeasible(double computeFlops, PlanOptions options, SearchOutcome search)
    {
        var c = computeFlops.ToString("0.###e+0", CultureInfo.InvariantCulture);
        if (search.DistinctBuildable == 0)
            return new InvalidInputException(
                $"no buildable architecture at C = {c} FLOPs: every candidate of the M/N_a × N/N_a rectangle either has no feasible width d " +
                $"or misses M_opt by more than {options.MaxFlopsDeviation:P0} after rounding " +
                // Small budgets fail because no width is feasible; past ~1e30 FLOPs because depth and width outgrow the
                // whole numbers the search enumerates (plans at 1e26..1e30 build; 1e40 does not).
                (computeFlops > 1e30 ? "(budget too large: the model's depth or width would exceed the 2^31 the search enumerates)" : "(budget too small for this backbone?)"),
                field: "compute");

        var reasons = new List<string>();
        var binding = new List<string>();
        for (var i = 0; i < search.Checks.Count; i++)
        {
            var check = search.Checks[i];
            if (search.AdmittedByAlone[i] > 0) continue;
            binding.Add(check.Option);
            var near = search.Closest[i];
            var unit = check.Unit.Length == 0 ? "" : " " + check.Unit;
            var which = double.IsNegativeInfinity(check.Floor) ? "smallest" : "closest";
            var shape = near.Shape is { } s ? $"; closest buildable architecture L = {s.Layers} (L_d = {s.DenseLayers}), d = {s.HiddenSize}, d_m = {s.ExpertHiddenSize}" : "";
            reasons.Add($"--{check.Option} {check.RangeText} binds: the {which} buildable plan has {Format(near.Measure)}{unit} ({check.Quantity}){shape}");
        }
        if (reasons.Count == 0)
            reasons.Add("each constraint alone admits some architecture, but together they admit none (" +
                        string.Join(", ", search.Checks.Select(k => "--" + k.Option)) + ")");
        var nearest = NearestFeasibleBudget(computeFlops, options);
        var suggestion = nearest is { } n
            ? $"; the nearest feasible budget is --compute {n.ToString("0.###e+0", CultureInfo.InvariantCulture)}"
            : "; no smaller budget down to C/1e6 is feasible either";
        return new InvalidInputException(
            $"no architecture at C = {c} FLOPs satisfies the constraints: {string.Join("; ", reasons)}{suggestion}",
            field: binding.Count == 1 ? binding[0] : "constraints");
    }

    /// <summary>
    /// The nearest budget below <paramref name="computeFlops"/> that admits an architecture: scan down in quarter
    /// decades to the first feasible budget (down to C/1e6), then bisect in log C between it and the infeasible
    /// step above to 0.5% in C. Feasibility need not be monotone in C (the grid and the integer rounding make
    /// it ragged), so this is the first feasible budget found from above, not a proof that nothing above it is.
    /// Each budget is tried with its own settings when <see cref="AtBudget"/> is set.
    /// </summary>
    public double? NearestFeasibleBudget(double computeFlops, PlanOptions options)
    {
        bool Feasible(double log10C)
        {
            var c = Math.Pow(10, log10C);
            var (planner, o) = AtBudget?.Invoke(c) ?? (this, options);
            return planner.Search(c, o).Result is not null;
        }
        var hi = Math.Log10(computeFlops);
        double? lo = null;
        for (var k = 1; k <= 24; k++)
        {
            var candidate = hi - 0.25 * k;
            if (Feasible(candidate)) { lo = candidate; break; }
            hi = candidate;
        }
        if (lo is not { } low) return null;
        while (hi - low > 0.002)
        {
            var mid = (low + hi) / 2;
            if (Feasible(mid)) low = mid; else hi = mid;
        }
        return Math.Pow(10, low);
    }

    private static string Format(double value) => value.ToString("0.####e+0", CultureInfo.InvariantCulture);
}
