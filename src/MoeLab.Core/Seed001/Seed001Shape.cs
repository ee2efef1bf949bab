namespace MoeLab.Core.Seed001;

/// <summary>A closed interval of hidden sizes d.</summary>
public readonly record struct HiddenSizeInterval(double Min, double Max)
{
    public bool IsEmpty => !(Min <= Max);
    public double Median => (Min + Max) / 2.0;
    public bool Contains(double d) => d >= Min && d <= Max;
}

/// <summary>
/// The shape seed 001's constraints determine for one d. Values are real numbers as the algebra gives them;
/// <see cref="IsIntegral"/> says whether they are whole (a buildable model), <see cref="Reason"/> why a
/// shape is infeasible.
/// </summary>
/// <param name="HiddenSize">d.</param>
/// <param name="Layers">L = (M − 6N_a)/(6·S·N_q·d_qkv).</param>
/// <param name="DenseLayers">L_d = (N_a − P_attn·L − (K+1)·X)/(3·d·d_d) with X = (N − N_a)/(N_e − K).</param>
/// <param name="MoeLayers">L_m = L − L_d.</param>
/// <param name="ExpertWidth">d_m = X/(3·d·L_m).</param>
/// <param name="FeasibleHiddenSize">Every d for which L_d ≥ 0 and L_m ≥ 1 at this (M, N_a, N).</param>
public sealed record Seed001Shape(
    double HiddenSize,
    double Layers,
    double DenseLayers,
    double MoeLayers,
    double ExpertWidth,
    HiddenSizeInterval FeasibleHiddenSize,
    bool IsFeasible,
    string Reason)
{
    private const double IntegralTolerance = 1e-9;

    /// <summary>L, L_d, L_m and d_m are all whole numbers (within 1e-9 relative).</summary>
    public bool IsIntegral => IsWhole(Layers) && IsWhole(DenseLayers) && IsWhole(MoeLayers) && IsWhole(ExpertWidth);

    private static bool IsWhole(double x) => double.IsFinite(x) && Math.Abs(x - Math.Round(x)) <= IntegralTolerance * Math.Max(1.0, Math.Abs(x));
}
