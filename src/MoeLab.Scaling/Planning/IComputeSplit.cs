namespace MoeLab.Scaling.Planning;

/// <summary>
/// Phase 0: how a training budget C splits into training tokens D and FLOPs per token M = C / D.
/// </summary>
public interface IComputeSplit
{
    /// <summary>Where the split comes from, e.g. "seed 001 law D_opt = 22.8929·C^0.4563".</summary>
    string Name { get; }

    double TokensFor(double computeFlops);
}

/// <summary>Data-limited planning: the token budget is fixed, so M = C / D.</summary>
public sealed record FixedTokensSplit(double TokensD) : IComputeSplit
{
    public string Name => $"fixed token budget D = {TokensD:0.####e+0}";

    public double TokensFor(double computeFlops) => TokensD;
}

/// <summary>Phase 0's answer for one budget.</summary>
/// <param name="ComputeFlops">C, training FLOPs.</param>
/// <param name="TokensD">D_opt, training tokens.</param>
/// <param name="FlopsPerToken">M_opt = C / D_opt, training FLOPs per token.</param>
/// <param name="Source">The split used (law name or fixed tokens).</param>
public sealed record ComputeSplitResult(double ComputeFlops, double TokensD, double FlopsPerToken, string Source)
{
    public static ComputeSplitResult For(IComputeSplit split, double computeFlops)
    {
        var tokens = split.TokensFor(computeFlops);
        return new ComputeSplitResult(computeFlops, tokens, computeFlops / tokens, split.Name);
    }
}
