using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Planning.MultiScale;

namespace MoeLab.Reports.Plan;

/// <summary><c>moelab plan --runs</c> with a multi-scale table: seed 001's pipeline from runs to the plan at the target.</summary>
public sealed partial record PlanRequest
{
    private Report RunPipeline()
    {
        var source = RunsPath!;
        if (Budgets.Count != 1)
            throw new InvalidInputException("a multi-scale runs table is extrapolated to one budget; give a single --compute value", source, "compute");
        if (FlopsPerActiveParam is not null || TotalPerActive is not null)
            throw new InvalidInputException("with a multi-scale runs table M/N_a and N/N_a come from its power laws; drop --m-over-na and --n-over-na",
                source, FlopsPerActiveParam is not null ? "m-over-na" : "n-over-na");
        var compute = Budgets[0];
        var split = Split();
        var (realizer, defaults, backboneSource) = BackboneAt(compute);
        var bootstrap = RunsBootstrap ?? new BootstrapOptions();
        var analysis = RunsAnalysis.Run(MultiScaleRunsFile.Read(source), realizer.ExpansionLimit, compute, bootstrap);
        var plans = RunsTargetPlanner.PlanAll(analysis, realizer, split, Options);
        var plan = plans.Estimate.Plan!;
        WriteSpec(plan, realizer);

        var pipeline = new RunsPipelineReport(analysis, plans);
        var settings = new PlanSettings(defaults, backboneSource,
            pipeline.Source(OptimumQuantity.FlopsPerActiveParam), pipeline.Source(OptimumQuantity.TotalPerActive), null);
        var inputs = Inputs(plan.OracleName);
        inputs.Add(new("runs", $"{source} ({analysis.Scales.Count} scales, {analysis.Scales.Sum(s => s.Scale.Runs.Count)} runs)"));
        inputs.Add(new("bootstrap", $"{bootstrap.Resamples} resamples, {bootstrap.Level:P0} percentile intervals"));
        var context = new ReportContext(Command, inputs, bootstrap.Seed);
        var report = new PlanReportBuilder(plan, realizer.BackboneDescription, context) { SpecPath = SpecOut, Settings = settings, Realizer = realizer }.Build();
        return pipeline.Extend(report);
    }
}
