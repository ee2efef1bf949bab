using MoeLab.Core.Validation;

namespace MoeLab.Sectional;

/// <summary>
/// The figures of a machine the sectional cost model needs, per device: compute rate, the link between
/// devices (bandwidth and per-message latency), kernel-launch latency and memory per device.
/// Compute time is MACs·2 / <see cref="AcceleratorFlopsPerSecond"/> at peak (no efficiency factor), so
/// predicted times are lower bounds on compute.
/// </summary>
public sealed record SectionalHardware(
    string Name,
    double AcceleratorFlopsPerSecond,
    double LinkBandwidthBytesPerSecond,
    double LinkLatencySeconds,
    double KernelLaunchLatencySeconds,
    long DeviceMemoryBytes)
{
    public SectionalHardware Validate()
    {
        Preconditions.Positive(AcceleratorFlopsPerSecond, "accelerator_flops_per_second");
        Preconditions.Positive(LinkBandwidthBytesPerSecond, "link_bandwidth_bytes_per_second");
        Preconditions.NonNegative(LinkLatencySeconds, "link_latency_seconds");
        Preconditions.NonNegative(KernelLaunchLatencySeconds, "kernel_launch_latency_seconds");
        Preconditions.Positive(DeviceMemoryBytes, "memory");
        return this;
    }

    /// <summary>Seconds to do <paramref name="macs"/> multiply-accumulates at peak.</summary>
    public double ComputeSeconds(double macs) => 2 * macs / AcceleratorFlopsPerSecond;
}
