using MoeLab.Core.Hardware;

namespace MoeLab.Sectional.Tests;

/// <summary>
/// Independent, deliberately naive counting for the known-answer tests: every matrix product is written out
/// as rows × inner × columns and summed section by section and head by head, never through the library's
/// closed formulas.
/// </summary>
internal static class HandCount
{
    /// <summary>MACs of (rows × inner)·(inner × cols).</summary>
    public static double MatMul(long rows, long inner, long cols) => (double)rows * inner * cols;

    /// <summary>Q·Kᵀ then A·V for `heads` heads of width width/heads: queries × keys × head width, twice, per head.</summary>
    public static double AttentionScoreMacs(long queries, long keys, long width, int heads)
    {
        double sum = 0;
        long headWidth = width / heads;
        for (int h = 0; h < heads; h++) sum += MatMul(queries, headWidth, keys) + MatMul(queries, keys, headWidth);
        return sum;
    }

    /// <summary>The reduced length n' for a setting.</summary>
    public static long ReducedTokens(string rule, long n, long e, long fixedTokens) => rule switch
    {
        "n" => n,
        "n/E" => n / e,
        _ => fixedTokens,
    };

    /// <summary>A spec from the compact test settings.</summary>
    public static SectionalSpec Spec(long d, long n, string rule, long fixedTokens, double r, int m = 2,
        SectionExpertKind kind = SectionExpertKind.Ffn, bool pre = true, bool mixing = false,
        UpsamplingKind up = UpsamplingKind.Repeat, int preHeads = 4, int sectionHeads = 2) =>
        new(d, n, r, m, pre, kind, mixing, up, preHeads, sectionHeads)
        {
            ReducedLength = rule switch
            {
                "n" => ReducedLength.Same,
                "n/E" => ReducedLength.DividedByExpertCount,
                _ => ReducedLength.Fixed(fixedTokens),
            },
        };

    /// <summary>A round-number machine: 1e15 FLOP/s, 100 GB/s link, 5 µs per message, 4 µs per kernel, 80 GB.</summary>
    public static HardwareProfile Machine() => new HardwareProfile
    {
        Name = "test-machine",
        Description = "round numbers for hand checks",
        FastTierCapacityBytes = 80_000_000_000,
        FastTierBandwidthBytesPerSecond = 3e12,
        BusBandwidthBytesPerSecond = 64e9,
        BusLatencySeconds = 1e-5,
        AcceleratorFlopsPerSecond = 1e15,
        AcceleratorDtype = "bf16",
        CpuFlopsPerSecond = 1e12,
        CpuMemoryBandwidthBytesPerSecond = 1e11,
        LinkBandwidthBytesPerSecond = 100e9,
        LinkLatencySeconds = 5e-6,
        KernelLaunchLatencySeconds = 4e-6,
    }.Validate();
}
