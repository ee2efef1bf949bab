using MoeLab.Core.Validation;

namespace MoeLab.Offload.Synthetic;

/// <summary>
/// Parameters of MoeLab's synthetic router. All zero but the exponent gives independent references with
/// per-layer Zipf popularity.
/// </summary>
/// <param name="ZipfExponent">Popularity of the expert ranked r at a layer ∝ r^(−s); 0 is uniform routing.
/// Each layer ranks its experts by its own seeded permutation.</param>
/// <param name="Stickiness">q: each expert the previous token chose at this layer is kept with probability q ("sticky" routing).</param>
/// <param name="CrossLayerCorrelation">ρ: a fresh choice at layer l follows a fixed partner of an expert chosen at layer l−1 with probability ρ.</param>
/// <param name="SwitchEveryTokens">Workload switch: every this many tokens all popularity rankings are redrawn (0: never).</param>
public sealed record SyntheticRoutingParameters(double ZipfExponent, double Stickiness = 0, double CrossLayerCorrelation = 0, int SwitchEveryTokens = 0)
{
    public void Validate()
    {
        Preconditions.InRange(ZipfExponent, 0.0, 10.0, "zipf exponent");
        Preconditions.InRange(Stickiness, 0.0, 1.0, "stickiness");
        Preconditions.InRange(CrossLayerCorrelation, 0.0, 1.0, "cross-layer correlation");
        Preconditions.NonNegative(SwitchEveryTokens, "switch interval");
    }

    public override string ToString() => FormattableString.Invariant(
        $"zipf s={ZipfExponent:0.###}, sticky q={Stickiness:0.###}, cross-layer ρ={CrossLayerCorrelation:0.###}{(SwitchEveryTokens > 0 ? $", switch every {SwitchEveryTokens} tokens" : "")}");
}
