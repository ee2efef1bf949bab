using BenchmarkDotNet.Attributes;
using MoeLab.Core.Seed001;
using MoeLab.Scaling.Planning;
using MoeLab.Scaling.Presets;

namespace MoeLab.Benchmarks;

/// <summary>
/// Issue 4's speed targets for seed 001's planner on the paper's backbone with the default search space: one
/// full plan (every buildable candidate of both phases, the band) under 1 s, and a 25-budget sweep
/// 1e18..1e24 under 10 s. The oracle is seed 001's curve forms fitted to synthetic runs, which sees every
/// dimension (a law oracle holds M/N_a and N/N_a and would make the search trivially small).
/// </summary>
[MemoryDiagnoser]
public class PlanSearch
{
    private HolisticPlanner _planner = null!;
    private double[] _budgets = [];

    [GlobalSetup]
    public void Setup()
    {
        var realizer = new Seed001ShapeRealizer(Seed001Backbone.Paper);
        var runs = new List<PlanningRun>();
        foreach (var x in new[] { 7.0, 8, 9, 11 })
        foreach (var y in new[] { 6.0, 12, 20 })
        foreach (var d in new[] { 1500.0, 2000, 2500 })
            runs.Add(new PlanningRun(x, y, d, 2 + 0.3 / (x - 6) + 0.075 * x + 0.1 / (y - 1) + 0.3 / (realizer.ExpansionLimit - y) + 0.02 * Math.Pow(d / 1000 - 2, 2)));
        var oracle = SeparableCurveOracle.Fit(runs, realizer.ExpansionLimit, "synthetic");
        _planner = new HolisticPlanner(realizer, oracle, new Seed001ComputeSplit(LawPresets.Seed001.Law));
        _budgets = Enumerable.Range(0, 25).Select(i => Math.Pow(10, 18 + 6.0 * i / 24)).ToArray();
    }

    [Benchmark(Description = "one full plan at 1e21 FLOPs")]
    public PlanResult FullPlan() => _planner.Plan(1e21);

    [Benchmark(Description = "25-budget sweep 1e18..1e24")]
    public IReadOnlyList<PlanResult> Sweep25() => _planner.Sweep(_budgets);
}
