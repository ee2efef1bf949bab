using MoeLab.Core.Hardware;
using MoeLab.Offload.Analytic;

namespace MoeLab.Offload.Simulation;

/// <summary>
/// Unit times for a step of B tokens, on the same terms as the analytic <see cref="UnitCosts"/> (which is the
/// B = 1 case): a weight block on the accelerator takes max(FLOPs / compute, bytes / fast-tier bandwidth) plus
/// one kernel launch; on the CPU max(FLOPs / CPU compute, bytes / CPU memory bandwidth); a transfer pays the bus
/// latency once per chunk plus bytes / bus bandwidth.
/// </summary>
internal sealed class StepCosts(OffloadModelShape model, HardwareProfile hardware, int chunks)
{
    public double DenseSeconds(int tokens) =>
        Math.Max(tokens * model.AttentionFlopsPerToken / hardware.AcceleratorFlopsPerSecond, model.ResidentBytesPerLayer / hardware.FastTierBandwidthBytesPerSecond)
        + hardware.KernelLaunchLatencySeconds;

    public double ExpertSeconds(int tokens) =>
        Math.Max(tokens * model.ExpertFlopsPerToken / hardware.AcceleratorFlopsPerSecond, model.ExpertBytes / hardware.FastTierBandwidthBytesPerSecond)
        + hardware.KernelLaunchLatencySeconds;

    public double CpuSeconds(int tokens) =>
        Math.Max(tokens * model.ExpertFlopsPerToken / hardware.CpuFlopsPerSecond, model.ExpertBytes / hardware.CpuMemoryBandwidthBytesPerSecond);

    public double TransferSeconds { get; } = chunks * hardware.BusLatencySeconds + model.ExpertBytes / hardware.BusBandwidthBytesPerSecond;
}
