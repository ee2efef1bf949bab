using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>
/// The Phase-1 search rectangle of seed 001: x = M/N_a &gt; 6 and 1 &lt; y = N/N_a &lt; (N_e+1)/(K+1).
/// x is gridded geometrically in x − 6 (the attention share shrinks with scale, so resolution is needed near 6);
/// y is gridded with a fixed step so round values such as the paper's N/N_a = 22 lie on the grid.
/// </summary>
/// <param name="AttentionShareMin">Smallest x − 6 searched.</param>
/// <param name="AttentionShareMax">Largest x − 6 searched.</param>
/// <param name="AttentionShareSteps">Grid points for x.</param>
/// <param name="ExpansionStep">Step of the y grid, starting at 1 + step.</param>
/// <param name="FixedExpansion">When set, y is held at this value (e.g. 22, the paper's choice at 3e20).</param>
/// <param name="FixedFlopsPerActiveParam">When set, x is held at this value.</param>
public sealed record CandidateSpace(
    double AttentionShareMin = 0.1,
    double AttentionShareMax = 12,
    int AttentionShareSteps = 40,
    double ExpansionStep = 1.0,
    double? FixedExpansion = null,
    double? FixedFlopsPerActiveParam = null)
{
    public static readonly CandidateSpace Default = new();

    /// <summary>The x = M/N_a grid values.</summary>
    public double[] FlopsPerActiveParamGrid()
    {
        if (FixedFlopsPerActiveParam is { } fixedX)
        {
            Preconditions.That(fixedX > 6, $"M/N_a must be above 6, got {fixedX}", "flops-per-active-param");
            return [fixedX];
        }
        Preconditions.Positive(AttentionShareMin, "attention-share-min");
        Preconditions.That(AttentionShareMax > AttentionShareMin, "the M/N_a grid needs max > min", "attention-share-max");
        Preconditions.InRange(AttentionShareSteps, 2, 100_000, "attention-share-steps");
        var grid = new double[AttentionShareSteps];
        var ratio = Math.Log(AttentionShareMax / AttentionShareMin) / (AttentionShareSteps - 1);
        for (var i = 0; i < grid.Length; i++) grid[i] = 6 + AttentionShareMin * Math.Exp(ratio * i);
        return grid;
    }

    /// <summary>The y = N/N_a grid values strictly inside (1, <paramref name="expansionLimit"/>); {1} for a dense backbone.</summary>
    public double[] TotalPerActiveGrid(double expansionLimit, bool dense)
    {
        if (dense) return [1.0];
        if (FixedExpansion is { } fixedY)
        {
            Preconditions.That(fixedY > 1 && fixedY < expansionLimit,
                $"N/N_a must lie in (1, {expansionLimit:0.###}) for this backbone, got {fixedY}", "total-per-active");
            return [fixedY];
        }
        Preconditions.Positive(ExpansionStep, "expansion-step");
        var grid = new List<double>();
        for (var k = 1; ; k++)
        {
            var y = 1 + k * ExpansionStep;
            if (y >= expansionLimit) break;
            grid.Add(y);
        }
        return [.. grid];
    }
}
