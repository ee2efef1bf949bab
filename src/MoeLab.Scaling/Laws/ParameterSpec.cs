using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Laws;

/// <summary>
/// A fitted parameter of an expression law: its name, the start values the multi-start grid takes for it,
/// and optional bounds. Bounds are enforced by reparameterising (θ = lo + (hi − lo)·σ(u), lo + eᵘ or hi − eᵘ)
/// so L-BFGS stays unconstrained and the fitted value can never leave them.
/// </summary>
public sealed record ParameterSpec(string Name, IReadOnlyList<double> Starts, double? Lower = null, double? Upper = null)
{
    public ParameterSpec Validate()
    {
        if (Starts.Count == 0) throw new InvalidInputException("needs at least one start value", field: $"parameters.{Name}.start");
        if (Lower is { } lo && Upper is { } hi && !(lo < hi))
            throw new InvalidInputException($"lower bound {lo} must be below upper bound {hi}", field: $"parameters.{Name}");
        foreach (var s in Starts)
        {
            Preconditions.Finite(s, $"parameters.{Name}.start");
            if ((Lower is { } l && s < l) || (Upper is { } h && s > h))
                throw new InvalidInputException($"start {s} is outside the bounds [{Lower?.ToString() ?? "-inf"}, {Upper?.ToString() ?? "inf"}]", field: $"parameters.{Name}.start");
        }
        return this;
    }

    /// <summary>Natural value for the optimiser's unconstrained u.</summary>
    public double ToNatural(double u) => (Lower, Upper) switch
    {
        ({ } lo, { } hi) => lo + (hi - lo) / (1 + Math.Exp(-u)),
        ({ } lo, null) => lo + Math.Exp(u),
        (null, { } hi) => hi - Math.Exp(u),
        _ => u,
    };

    /// <summary>d(natural)/du, for the chain rule.</summary>
    public double NaturalDerivative(double u) => (Lower, Upper) switch
    {
        ({ } lo, { } hi) => (hi - lo) * Sigmoid(u) * (1 - Sigmoid(u)),
        ({ } lo, null) => Math.Exp(u),
        (null, { } hi) => -Math.Exp(u),
        _ => 1,
    };

    /// <summary>The optimiser's u for a natural value; values on a bound are nudged just inside it.</summary>
    public double ToUnconstrained(double value)
    {
        const double inset = 1e-9;
        return (Lower, Upper) switch
        {
            ({ } lo, { } hi) => Logit(Math.Clamp((value - lo) / (hi - lo), inset, 1 - inset)),
            ({ } lo, null) => Math.Log(Math.Max(value - lo, inset * Math.Max(1, Math.Abs(lo)))),
            (null, { } hi) => Math.Log(Math.Max(hi - value, inset * Math.Max(1, Math.Abs(hi)))),
            _ => value,
        };
    }

    private static double Sigmoid(double u) => 1 / (1 + Math.Exp(-u));
    private static double Logit(double p) => Math.Log(p / (1 - p));
}
