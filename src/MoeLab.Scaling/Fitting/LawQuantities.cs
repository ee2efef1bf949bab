using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// The quantities a fit reports and bootstraps: the law's natural parameters, and for compute-optimal laws
/// the derived a = β/(α+β) (Chinchilla) and N_opt, D_opt at a chosen compute budget.
/// </summary>
public static class LawQuantities
{
    public const string ParamsExponent = "a = beta/(alpha+beta)";
    public const string OptimalParams = "N_opt";
    public const string OptimalTokens = "D_opt";

    public static IReadOnlyList<KeyValuePair<string, double>> Of(IScalingLaw law, double? computeFlops)
    {
        var list = new List<KeyValuePair<string, double>>(law.Parameters);
        if (law is ChinchillaLaw chinchilla) list.Add(new(ParamsExponent, chinchilla.ParamsExponent));
        if (law is IComputeOptimalLaw optimal && computeFlops is { } c)
        {
            var allocation = optimal.OptimalAllocation(c);
            list.Add(new(OptimalParams, allocation.ParamsN));
            list.Add(new(OptimalTokens, allocation.TokensD));
        }
        return list;
    }
}
