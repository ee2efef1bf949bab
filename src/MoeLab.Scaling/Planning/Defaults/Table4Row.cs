namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>One budget of seed 001's Table 4 (its backbone and hyper-parameters per scale) with its chosen N/N_a.</summary>
/// <param name="ComputeFlops">The budget C the paper trained at.</param>
/// <param name="QueryHeads">N_q.</param>
/// <param name="KvHeads">N_kv.</param>
/// <param name="HeadDim">d_qkv.</param>
/// <param name="LearningRate">Peak learning rate.</param>
/// <param name="BatchSize">Batch size (the paper does not give the unit; sequences of S = 8192 tokens is the likely reading).</param>
/// <param name="TotalPerActive">The N/N_a the paper chose at this budget.</param>
public sealed record Table4Row(double ComputeFlops, int QueryHeads, int KvHeads, int HeadDim, double LearningRate, int BatchSize, double TotalPerActive)
{
    /// <summary>
    /// Seed 001 (Wan et al. 2026, arXiv 2603.21862) Table 4, and the N/N_a it chose per scale (19, 20, 21, 21, 22, 22),
    /// as transcribed in DESIGN.md ("Seed facts the code relies on").
    /// </summary>
    public static IReadOnlyList<Table4Row> Paper { get; } =
    [
        new(1e18, 4, 2, 64, 1.20e-3, 64, 19),
        new(3e18, 8, 4, 64, 1.00e-3, 80, 20),
        new(1e19, 8, 4, 64, 8.28e-4, 128, 21),
        new(3e19, 8, 4, 128, 6.95e-4, 160, 21),
        new(1e20, 8, 4, 128, 5.74e-4, 208, 22),
        new(3e20, 16, 8, 128, 4.82e-4, 288, 22),
    ];
}
