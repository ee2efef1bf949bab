using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Planning.Defaults;

namespace MoeLab.Scaling.Planning.MultiScale;

/// <summary>A per-scale optimum whose trend in C the pipeline fits.</summary>
public enum OptimumQuantity
{
    /// <summary>M/N_a*, the minimiser of the loss-vs-M/N_a curve.</summary>
    FlopsPerActiveParam,

    /// <summary>N/N_a*, the minimiser of the loss-vs-N/N_a curve.</summary>
    TotalPerActive,

    /// <summary>d*, the minimiser of the loss-vs-d curve.</summary>
    HiddenSize,

    /// <summary>The scale's minimum loss (of the loss-vs-d curve, where Phase 2 ends), nats/token.</summary>
    MinimumLoss,
}

/// <summary>Names and per-scale values of the <see cref="OptimumQuantity"/> values.</summary>
public static class OptimumQuantities
{
    public static readonly OptimumQuantity[] All =
        [OptimumQuantity.FlopsPerActiveParam, OptimumQuantity.TotalPerActive, OptimumQuantity.HiddenSize, OptimumQuantity.MinimumLoss];

    /// <summary>The key used in JSON and bootstrap names: the runs-table column of the variable.</summary>
    public static string Key(this OptimumQuantity q) => q switch
    {
        OptimumQuantity.FlopsPerActiveParam => "m_over_na",
        OptimumQuantity.TotalPerActive => "n_over_na",
        OptimumQuantity.HiddenSize => "d",
        _ => "loss",
    };

    public static string Symbol(this OptimumQuantity q) => q switch
    {
        OptimumQuantity.FlopsPerActiveParam => "M/N_a*",
        OptimumQuantity.TotalPerActive => "N/N_a*",
        OptimumQuantity.HiddenSize => "d*",
        _ => "L*",
    };

    public static string Unit(this OptimumQuantity q) => q switch
    {
        OptimumQuantity.FlopsPerActiveParam => "FLOPs/param",
        OptimumQuantity.TotalPerActive => "ratio",
        OptimumQuantity.HiddenSize => "dims",
        _ => "nats/token",
    };

    /// <summary>The optimum of one scale, given its three fitted curves' minima (variable order of <see cref="CurveVariable.All"/>).</summary>
    public static double Of(this OptimumQuantity q, IReadOnlyList<CurveMinimum> minima) => q switch
    {
        OptimumQuantity.FlopsPerActiveParam => minima[0].X,
        OptimumQuantity.TotalPerActive => minima[1].X,
        OptimumQuantity.HiddenSize => minima[2].X,
        _ => minima[2].Loss,
    };
}

/// <summary>
/// One optimum's power law in C, x*(C) = a·C^b, fitted by least squares in log–log space through the scales'
/// optima, with bootstrap percentile intervals on a, b and x* at the target budget.
/// </summary>
/// <param name="Optima">(C, x*) of every scale, the points the law was fitted to.</param>
/// <param name="RmsLogResidual">Root-mean-square of ln x* − ln law(C) over the scales (0 through 2 scales).</param>
public sealed record OptimumLaw(
    OptimumQuantity Quantity, PowerLaw Law, IReadOnlyList<(double ComputeFlops, double Value)> Optima, double RmsLogResidual,
    ConfidenceInterval Coefficient, ConfidenceInterval Exponent, ConfidenceInterval AtTarget)
{
    /// <summary>The law fitted to (C, x*) points, for the full data and for each bootstrap resample alike.</summary>
    public static PowerLaw FitLaw(IReadOnlyList<(double ComputeFlops, double Value)> optima, OptimumQuantity quantity) =>
        PowerLaw.Fit(optima, quantity.Key());

    public static double LogResidual(PowerLaw law, IReadOnlyList<(double ComputeFlops, double Value)> optima) =>
        Math.Sqrt(optima.Average(p => Math.Pow(Math.Log(p.Value) - Math.Log(law.At(p.ComputeFlops)), 2)));
}
