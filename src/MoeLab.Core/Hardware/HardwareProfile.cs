using MoeLab.Core.Validation;

namespace MoeLab.Core.Hardware;

/// <summary>
/// The machine an offloaded MoE runs on, reduced to the figures the offloading models need: a fast tier that
/// holds the expert cache (GPU HBM, or host RAM when experts stream from SSD), the bus that refills it, the
/// accelerator that computes on it, the CPU that can run a missing expert in place, and the link between
/// devices for multi-device overheads.
/// <para>
/// Every figure is per device and per direction. Bandwidths are bytes per second (decimal: 1 GB/s = 1e9 B/s),
/// latencies seconds, compute rates FLOP/s at <see cref="AcceleratorDtype"/> (dense, no structured-sparsity
/// doubling). Capacities are bytes. The record is a plain value: build one with an object initialiser, then
/// call <see cref="Validate"/> (the built-ins in <see cref="HardwareProfiles"/> and files loaded by
/// <see cref="HardwareProfileFile"/> are already validated).
/// </para>
/// </summary>
public sealed record HardwareProfile
{
    /// <summary>Short lookup name, e.g. <c>h100-pcie-gen5</c>.</summary>
    public required string Name { get; init; }

    /// <summary>One line saying what machine this is and what the bus is.</summary>
    public required string Description { get; init; }

    /// <summary>Capacity of the fast tier that holds the expert cache (and everything else resident), bytes.</summary>
    public required long FastTierCapacityBytes { get; init; }

    /// <summary>Read bandwidth of the fast tier (HBM, GDDR, unified memory or DRAM), bytes/s.</summary>
    public required double FastTierBandwidthBytesPerSecond { get; init; }

    /// <summary>Bandwidth of the bus a missing expert crosses into the fast tier (host→device, SSD→RAM), bytes/s.</summary>
    public required double BusBandwidthBytesPerSecond { get; init; }

    /// <summary>Fixed cost of one transfer on that bus (copy launch, DMA set-up, SSD command), seconds.</summary>
    public required double BusLatencySeconds { get; init; }

    /// <summary>Dense compute rate of the accelerator at <see cref="AcceleratorDtype"/>, FLOP/s.</summary>
    public required double AcceleratorFlopsPerSecond { get; init; }

    /// <summary>The number format <see cref="AcceleratorFlopsPerSecond"/> is quoted at, e.g. <c>bf16</c>.</summary>
    public required string AcceleratorDtype { get; init; }

    /// <summary>Peak CPU compute for running an expert in place (all cores, FP32 vector FMA), FLOP/s.</summary>
    public required double CpuFlopsPerSecond { get; init; }

    /// <summary>CPU memory bandwidth available to an expert run in place, bytes/s.</summary>
    public required double CpuMemoryBandwidthBytesPerSecond { get; init; }

    /// <summary>Device-to-device link bandwidth per direction (all-to-all traffic), bytes/s.</summary>
    public required double LinkBandwidthBytesPerSecond { get; init; }

    /// <summary>Fixed cost of one message on that link (collective set-up, small-message latency), seconds.</summary>
    public required double LinkLatencySeconds { get; init; }

    /// <summary>Fixed cost of launching one kernel on the accelerator, seconds.</summary>
    public required double KernelLaunchLatencySeconds { get; init; }

    /// <summary>Time to move <paramref name="bytes"/> across the bus in one transfer: latency + bytes / bandwidth.</summary>
    public double BusTransferTimeSeconds(double bytes) => BusLatencySeconds + bytes / BusBandwidthBytesPerSecond;

    /// <summary>
    /// Checks every field (present, finite, positive) and returns this profile, or throws
    /// <see cref="InvalidInputException"/> naming <paramref name="source"/> and the field.
    /// </summary>
    public HardwareProfile Validate(string? source = null)
    {
        try
        {
            Preconditions.That(!string.IsNullOrWhiteSpace(Name), "must be a non-empty name", "name");
            Preconditions.Positive(FastTierCapacityBytes, "fast_tier_capacity_bytes");
            Preconditions.Positive(FastTierBandwidthBytesPerSecond, "fast_tier_bandwidth_bytes_per_second");
            Preconditions.Positive(BusBandwidthBytesPerSecond, "bus_bandwidth_bytes_per_second");
            Preconditions.NonNegative(BusLatencySeconds, "bus_latency_seconds");
            Preconditions.Positive(AcceleratorFlopsPerSecond, "accelerator_flops_per_second");
            Preconditions.That(!string.IsNullOrWhiteSpace(AcceleratorDtype), "must name a number format such as bf16", "accelerator_dtype");
            Preconditions.Positive(CpuFlopsPerSecond, "cpu_flops_per_second");
            Preconditions.Positive(CpuMemoryBandwidthBytesPerSecond, "cpu_memory_bandwidth_bytes_per_second");
            Preconditions.Positive(LinkBandwidthBytesPerSecond, "link_bandwidth_bytes_per_second");
            Preconditions.NonNegative(LinkLatencySeconds, "link_latency_seconds");
            Preconditions.NonNegative(KernelLaunchLatencySeconds, "kernel_launch_latency_seconds");
        }
        catch (InvalidInputException e) when (source is not null)
        {
            throw e.InFile(source);
        }
        return this;
    }
}
