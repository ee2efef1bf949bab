using MoeLab.Core.Validation;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>Seed 001's three curves fitted at one scale: the runs each used, the fits, and the scale's optimum.</summary>
/// <param name="Slices">The runs of each curve, in <see cref="CurveVariable.All"/> order.</param>
/// <param name="Fits">The fits, in the same order.</param>
public sealed record ScaleFit(RunScale Scale, IReadOnlyList<CurveSlice> Slices, IReadOnlyList<ScaleCurveFit> Fits)
{
    public double ComputeFlops => Scale.ComputeFlops;

    public ScaleCurveFit Fit(PerScaleCurveKind kind) => Fits[Array.IndexOf(CurveVariable.All, kind)];

    public CurveSlice Slice(PerScaleCurveKind kind) => Slices[Array.IndexOf(CurveVariable.All, kind)];

    /// <summary>
    /// The scale's best loss: the minimum of the loss-vs-d curve, since Phase 2 sweeps d at the Phase-1 choice and
    /// so ends the sequential search there.
    /// </summary>
    public double MinimumLoss => Fit(PerScaleCurveKind.Quadratic).Optimum!.Loss;

    /// <summary>Fits every scale of <paramref name="runs"/>; bad input is an error naming the file, row and column.</summary>
    /// <param name="expansionLimit">(N_e+1)/(K+1), the wall of the N/N_a form for the backbone.</param>
    public static IReadOnlyList<ScaleFit> FitAll(MultiScaleRuns runs, double expansionLimit)
    {
        if (runs.Scales.Count < 2)
        {
            var only = runs.Scales[0];
            throw new InvalidInputException(
                $"found 1 scale ({only.Label}, rows {only.Rows}); power laws of the optima in C need runs at 2 or more budgets in column 'c'",
                runs.Source, MultiScaleRunsFile.ComputeColumn, only.FirstRow);
        }
        foreach (var run in runs.Scales.SelectMany(s => s.Runs))
            if (!(run.Run.TotalPerActive < expansionLimit))
                throw new InvalidInputException(
                    $"must be below (N_e+1)/(K+1) = {expansionLimit:0.###} for this backbone (the wall of the N/N_a form), got {run.Run.TotalPerActive}",
                    runs.Source, "n_over_na", run.Row);
        return [.. runs.Scales.Select(s => FitScale(s, runs.HasPhase, expansionLimit, runs.Source))];
    }

    private static ScaleFit FitScale(RunScale scale, bool hasPhase, double expansionLimit, string source)
    {
        var slices = CurveVariable.All.Select(k => CurveSlicer.For(scale, k, hasPhase)).ToList();
        var fits = new List<ScaleCurveFit>(slices.Count);
        foreach (var slice in slices)
        {
            var kind = slice.Kind;
            var row = slice.Runs.Count > 0 ? slice.Runs.Min(r => r.Row) : scale.FirstRow;
            var rows = slice.Runs.Count > 0 ? $"rows {RowList.Format(slice.Runs.Select(r => r.Row))}" : "no rows";
            var distinct = slice.Runs.Select(r => kind.Of(r.Run)).Distinct().Count();
            if (distinct < 4)
                throw new InvalidInputException(
                    $"{scale.Label} (rows {scale.Rows}): the loss-vs-{kind.Symbol()} fit has {distinct} distinct {kind.Column()} value(s) in its slice " +
                    $"({slice.Description}: {rows}); the form {kind.Form()} has 3 coefficients, so it needs at least 4",
                    source, kind.Column(), row);
            var fit = ScaleCurveFit.Fit(kind, slice.Points(), expansionLimit, slice.ReferenceGroup);
            if (fit.Exit == CurveFitExit.Underdetermined)
                throw new InvalidInputException(
                    $"{scale.Label}: the loss-vs-{kind.Symbol()} fit cannot tell its coefficients from the groups' offsets ({slice.Description}: {rows}); " +
                    $"vary {kind.Column()} more within a group", source, kind.Column(), row);
            // No interior minimum: the scale's best run stands in, labelled (docs/planner-runs.md gives the evidence for this over refusing).
            fits.Add(fit.OrBestRun());
        }
        return new ScaleFit(scale, slices, fits);
    }
}
