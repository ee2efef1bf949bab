namespace MoeLab.Offload.Simulation;

/// <summary>
/// The machine as the event simulator times it: the accelerator (compute rate, fast-memory bandwidth), the
/// bus that carries experts in (bandwidth, fixed cost per transfer), and the host CPU that can run an expert
/// in place from slow memory. Rates are sustained, not peak marketing figures.
/// </summary>
public sealed record MachineModel(
    string Name,
    double AcceleratorFlopsPerSecond,
    double FastMemoryBandwidthBytesPerSecond,
    double BusBandwidthBytesPerSecond,
    double TransferLatencySeconds,
    double CpuFlopsPerSecond,
    double CpuMemoryBandwidthBytesPerSecond)
{
    /// <summary>Time for the accelerator to run a weight block on n tokens: bound by FLOPs or by reading the weights once.</summary>
    public double AcceleratorSeconds(double flopsPerToken, long weightBytes, int tokens) =>
        Math.Max(tokens * flopsPerToken / AcceleratorFlopsPerSecond, weightBytes / FastMemoryBandwidthBytesPerSecond);

    public double CpuSeconds(double flopsPerToken, long weightBytes, int tokens) =>
        Math.Max(tokens * flopsPerToken / CpuFlopsPerSecond, weightBytes / CpuMemoryBandwidthBytesPerSecond);

    /// <summary>One transfer of <paramref name="bytes"/> split in <paramref name="chunks"/> pieces (each pays the latency).</summary>
    public double TransferSeconds(long bytes, int chunks = 1) => chunks * TransferLatencySeconds + bytes / BusBandwidthBytesPerSecond;
}
