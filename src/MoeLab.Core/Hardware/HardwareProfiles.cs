using System.Diagnostics.CodeAnalysis;
using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Hardware;

/// <summary>
/// Built-in hardware profiles and name lookup. Figures come from vendor datasheets where the vendor
/// publishes them; the rest are marked ESTIMATE with how they were derived. All bandwidths are per
/// direction in decimal units; all compute rates are dense (datasheets quote tensor rates "with sparsity",
/// i.e. doubled — those are halved here).
/// </summary>
public static class HardwareProfiles
{
    private const long GiB = 1L << 30;

    // PCIe per-direction payload rates after 128b/130b encoding: lanes × GT/s × 128/130 / 8.
    // Datasheets round these to 16 / 32 / 64 GB/s (or quote the bidirectional 32 / 64 / 128 GB/s).
    // Achieved pinned-memory host→device copies are typically 80–85 % of these.
    private const double PcieGen3X16BytesPerSecond = 16 * 8e9 * 128 / 130 / 8;   // 15.75 GB/s
    private const double PcieGen4X16BytesPerSecond = 16 * 16e9 * 128 / 130 / 8;  // 31.51 GB/s
    private const double PcieGen5X16BytesPerSecond = 16 * 32e9 * 128 / 130 / 8;  // 63.02 GB/s

    // ESTIMATE: one cudaMemcpyAsync of a large block costs ~5–10 µs before bytes flow (driver call + DMA
    // set-up); 10 µs over PCIe, 5 µs over NVLink-C2C. Kernel launch ~5 µs is the usual CUDA figure.
    private const double CudaCopyLatencySeconds = 10e-6;
    private const double CudaKernelLaunchSeconds = 5e-6;

    // ESTIMATE host CPUs. Server: one socket of the dual Xeon Platinum 8480C in a DGX H100 — 56 cores × 2
    // AVX-512 FMA units × 16 FP32 lanes × 2 FLOP × ~2.0 GHz all-core AVX-512 clock ≈ 3.6 TFLOP/s;
    // memory 8 channels × DDR5-4800 × 8 B = 307.2 GB/s (Intel datasheet).
    private const double ServerCpuFlopsPerSecond = 3.6e12;
    private const double ServerCpuMemoryBytesPerSecond = 307.2e9;

    // ESTIMATE desktop: Ryzen 9 7950X — 16 cores × 2 × 256-bit FMA (8 FP32 lanes) × 2 FLOP × ~4.5 GHz
    // ≈ 2.3 TFLOP/s, taken as 2.0 sustained; memory 2 channels × DDR5-5200 × 8 B = 83.2 GB/s.
    private const double DesktopCpuFlopsPerSecond = 2.0e12;
    private const double DesktopCpuMemoryBytesPerSecond = 83.2e9;

    private static readonly HardwareProfile[] BuiltIn =
    [
        new()
        {
            Name = "h100-pcie-gen5",
            Description = "NVIDIA H100 PCIe 80GB, experts on host DRAM over PCIe Gen5 x16",
            // NVIDIA H100 Tensor Core GPU datasheet (2023), H100 PCIe column: 80 GB HBM2e (80 GiB),
            // 2 TB/s, BF16 Tensor Core 1,513 TFLOPS with sparsity → 756.5 dense, PCIe Gen5 128 GB/s
            // (bidirectional), NVLink bridge 600 GB/s (pairs only, so all-to-all uses PCIe).
            FastTierCapacityBytes = 80 * GiB,
            FastTierBandwidthBytesPerSecond = 2.0e12,
            BusBandwidthBytesPerSecond = PcieGen5X16BytesPerSecond,
            BusLatencySeconds = CudaCopyLatencySeconds,
            AcceleratorFlopsPerSecond = 756.5e12,
            AcceleratorDtype = "bf16",
            CpuFlopsPerSecond = ServerCpuFlopsPerSecond,
            CpuMemoryBandwidthBytesPerSecond = ServerCpuMemoryBytesPerSecond,
            LinkBandwidthBytesPerSecond = PcieGen5X16BytesPerSecond,
            LinkLatencySeconds = 10e-6, // ESTIMATE: NCCL small-message latency across PCIe switches
            KernelLaunchLatencySeconds = CudaKernelLaunchSeconds,
        },
        new()
        {
            Name = "h100-sxm",
            Description = "NVIDIA H100 SXM5 80GB, experts on host DRAM over the PCIe Gen5 x16 host link",
            // Same datasheet, H100 SXM column: 80 GB HBM3, 3.35 TB/s, BF16 1,979 TFLOPS with sparsity
            // → 989.5 dense, NVLink 900 GB/s (bidirectional → 450 GB/s per direction), PCIe Gen5 host link.
            FastTierCapacityBytes = 80 * GiB,
            FastTierBandwidthBytesPerSecond = 3.35e12,
            BusBandwidthBytesPerSecond = PcieGen5X16BytesPerSecond,
            BusLatencySeconds = CudaCopyLatencySeconds,
            AcceleratorFlopsPerSecond = 989.5e12,
            AcceleratorDtype = "bf16",
            CpuFlopsPerSecond = ServerCpuFlopsPerSecond,
            CpuMemoryBandwidthBytesPerSecond = ServerCpuMemoryBytesPerSecond,
            LinkBandwidthBytesPerSecond = 450e9,
            LinkLatencySeconds = 5e-6, // ESTIMATE: NCCL small-message latency through NVSwitch
            KernelLaunchLatencySeconds = CudaKernelLaunchSeconds,
        },
        new()
        {
            Name = "gh200",
            Description = "NVIDIA GH200 Grace Hopper 96GB HBM3, experts in Grace LPDDR5X over NVLink-C2C",
            // NVIDIA GH200 Grace Hopper Superchip datasheet: 96 GB HBM3 at 4 TB/s, NVLink-C2C 900 GB/s
            // (bidirectional → 450 GB/s per direction), Hopper BF16 989.5 TFLOPS dense (as H100 SXM),
            // Grace 72 Neoverse V2 cores, LPDDR5X up to 480 GB at up to 512 GB/s.
            // Grace FP32: NVIDIA quotes 7.1 TFLOPS FP64 for the 144-core Grace CPU Superchip, so one
            // 72-core Grace ≈ 3.55 FP64 ≈ 7.1 FP32 TFLOP/s (derived).
            FastTierCapacityBytes = 96 * GiB,
            FastTierBandwidthBytesPerSecond = 4.0e12,
            BusBandwidthBytesPerSecond = 450e9,
            BusLatencySeconds = 5e-6, // ESTIMATE: copy launch dominates; C2C itself is sub-µs
            AcceleratorFlopsPerSecond = 989.5e12,
            AcceleratorDtype = "bf16",
            CpuFlopsPerSecond = 7.1e12,
            CpuMemoryBandwidthBytesPerSecond = 512e9,
            LinkBandwidthBytesPerSecond = 450e9, // NVLink 4 to other superchips (NVL2/NVL32), 900 GB/s bidirectional
            LinkLatencySeconds = 5e-6, // ESTIMATE, as h100-sxm
            KernelLaunchLatencySeconds = CudaKernelLaunchSeconds,
        },
        new()
        {
            Name = "rtx4090-pcie4",
            Description = "NVIDIA GeForce RTX 4090 24GB on a desktop, experts on host DRAM over PCIe 4.0 x16",
            // NVIDIA Ada Lovelace architecture whitepaper (v2.1), RTX 4090: 24 GB GDDR6X, 1,008 GB/s,
            // peak BF16 Tensor TFLOPS with FP32 accumulate 165.2 dense (330.4 with sparsity), PCIe 4.0 x16.
            // No NVLink and no peer-to-peer on GeForce: device-to-device traffic goes through host PCIe.
            FastTierCapacityBytes = 24 * GiB,
            FastTierBandwidthBytesPerSecond = 1008e9,
            BusBandwidthBytesPerSecond = PcieGen4X16BytesPerSecond,
            BusLatencySeconds = CudaCopyLatencySeconds,
            AcceleratorFlopsPerSecond = 165.2e12,
            AcceleratorDtype = "bf16",
            CpuFlopsPerSecond = DesktopCpuFlopsPerSecond,
            CpuMemoryBandwidthBytesPerSecond = DesktopCpuMemoryBytesPerSecond,
            LinkBandwidthBytesPerSecond = PcieGen4X16BytesPerSecond,
            LinkLatencySeconds = 15e-6, // ESTIMATE: staged through host memory
            KernelLaunchLatencySeconds = CudaKernelLaunchSeconds,
        },
        new()
        {
            Name = "a5000",
            Description = "NVIDIA RTX A5000 24GB in a workstation, experts on host DRAM over PCIe 4.0 x16",
            // NVIDIA RTX A5000 datasheet: 24 GB GDDR6, 768 GB/s, Tensor performance 222.2 TFLOPS
            // (with sparsity) → 111.1 dense FP16/BF16, PCIe 4.0 x16, NVLink bridge 112.5 GB/s
            // bidirectional (→ 56.25 GB/s per direction, pairs).
            FastTierCapacityBytes = 24 * GiB,
            FastTierBandwidthBytesPerSecond = 768e9,
            BusBandwidthBytesPerSecond = PcieGen4X16BytesPerSecond,
            BusLatencySeconds = CudaCopyLatencySeconds,
            AcceleratorFlopsPerSecond = 111.1e12,
            AcceleratorDtype = "bf16",
            // ESTIMATE workstation host: Xeon W-2295 class, 18 cores × 2 AVX-512 FMA × 16 lanes × 2 FLOP
            // × ~2.5 GHz ≈ 2.9 TFLOP/s, taken as 2.5; 4 channels × DDR4-2933 × 8 B = 93.9 GB/s.
            CpuFlopsPerSecond = 2.5e12,
            CpuMemoryBandwidthBytesPerSecond = 93.9e9,
            LinkBandwidthBytesPerSecond = 56.25e9,
            LinkLatencySeconds = 10e-6, // ESTIMATE
            KernelLaunchLatencySeconds = CudaKernelLaunchSeconds,
        },
        new()
        {
            Name = "t4",
            Description = "NVIDIA T4 16GB in a cloud VM, experts on host DRAM over PCIe Gen3 x16",
            // NVIDIA T4 datasheet: 16 GB GDDR6, 320+ GB/s, mixed-precision (FP16/FP32) 65 TFLOPS,
            // PCIe Gen3 x16. Turing has no BF16: the rate is FP16.
            FastTierCapacityBytes = 16 * GiB,
            FastTierBandwidthBytesPerSecond = 320e9,
            BusBandwidthBytesPerSecond = PcieGen3X16BytesPerSecond,
            BusLatencySeconds = CudaCopyLatencySeconds,
            AcceleratorFlopsPerSecond = 65e12,
            AcceleratorDtype = "fp16",
            // ESTIMATE cloud VM host (e.g. 8 vCPU = 4 Skylake cores): 4 × 2 AVX-512 FMA × 16 × 2 × 2.0 GHz
            // ≈ 0.5 TFLOP/s; a VM's share of memory bandwidth ≈ 40 GB/s.
            CpuFlopsPerSecond = 0.5e12,
            CpuMemoryBandwidthBytesPerSecond = 40e9,
            LinkBandwidthBytesPerSecond = PcieGen3X16BytesPerSecond,
            LinkLatencySeconds = 15e-6, // ESTIMATE
            KernelLaunchLatencySeconds = CudaKernelLaunchSeconds,
        },
        new()
        {
            Name = "apple-m",
            Description = "Apple M3 Max laptop (16-core CPU, 40-core GPU, 128GB unified memory), experts streamed from the internal SSD",
            // Apple MacBook Pro (M3 Max) technical specifications: up to 128 GB unified memory, 400 GB/s.
            // Unified memory means no host→device copy: the bus that matters is SSD → memory.
            // ESTIMATE SSD: ~6 GB/s sequential read (published reviews of M3 Max internal SSDs), ~100 µs
            // per read command at low queue depth.
            // ESTIMATE GPU: 40 cores × 128 ALUs × 2 FLOP × ~1.4 GHz ≈ 14.3 TFLOP/s FP32; FP16 runs at the
            // same rate on Apple GPUs. Apple publishes no figure.
            // ESTIMATE CPU: 12 P-cores × 4 × 128-bit NEON FMA × 4 lanes × 2 FLOP × 4.05 GHz ≈ 1.56 TFLOP/s
            // (+ E-cores, AMX excluded) ≈ 1.6; one CPU cluster reaches ~200 GB/s of the 400 GB/s.
            FastTierCapacityBytes = 128 * GiB,
            FastTierBandwidthBytesPerSecond = 400e9,
            BusBandwidthBytesPerSecond = 6e9,
            BusLatencySeconds = 100e-6,
            AcceleratorFlopsPerSecond = 14.3e12,
            AcceleratorDtype = "fp16",
            CpuFlopsPerSecond = 1.6e12,
            CpuMemoryBandwidthBytesPerSecond = 200e9,
            // Thunderbolt 4 networking between Macs: 40 Gb/s = 5 GB/s; ESTIMATE 50 µs per message.
            LinkBandwidthBytesPerSecond = 5e9,
            LinkLatencySeconds = 50e-6,
            KernelLaunchLatencySeconds = 10e-6, // ESTIMATE: Metal command-buffer dispatch
            OffloadedExpertsInHostMemory = false, // they are on the SSD
        },
        new()
        {
            Name = "nvme-ssd-to-ram",
            Description = "CPU inference from 64GB DDR5 desktop RAM, experts streamed from a PCIe 4.0 NVMe SSD",
            // Samsung 990 PRO datasheet: sequential read up to 7,450 MB/s (PCIe 4.0 x4).
            // ESTIMATE ~70 µs per read command (typical 4K QD1 random-read latency of PCIe 4 SSDs).
            // The "accelerator" is the CPU itself (desktop estimate above), so execute-in-place and
            // on-device compute coincide.
            FastTierCapacityBytes = 64 * GiB,
            FastTierBandwidthBytesPerSecond = DesktopCpuMemoryBytesPerSecond,
            BusBandwidthBytesPerSecond = 7.45e9,
            BusLatencySeconds = 70e-6,
            AcceleratorFlopsPerSecond = DesktopCpuFlopsPerSecond,
            AcceleratorDtype = "fp32",
            CpuFlopsPerSecond = DesktopCpuFlopsPerSecond,
            CpuMemoryBandwidthBytesPerSecond = DesktopCpuMemoryBytesPerSecond,
            // ESTIMATE 25 GbE between machines: 3.125 GB/s, ~20 µs per message.
            LinkBandwidthBytesPerSecond = 3.125e9,
            LinkLatencySeconds = 20e-6,
            KernelLaunchLatencySeconds = 2e-6, // ESTIMATE: waking a worker thread pool
            OffloadedExpertsInHostMemory = false, // they are on the SSD
        },
    ];

    /// <summary>Every built-in profile, in a stable order.</summary>
    public static IReadOnlyList<HardwareProfile> All => BuiltIn;

    /// <summary>The names of the built-in profiles.</summary>
    public static IReadOnlyList<string> Names { get; } = [.. BuiltIn.Select(p => p.Name)];

    /// <summary>Looks a built-in profile up by name (case-insensitive).</summary>
    public static bool TryGet(string name, [MaybeNullWhen(false)] out HardwareProfile profile)
    {
        profile = BuiltIn.FirstOrDefault(p => string.Equals(p.Name, name.Trim(), StringComparison.OrdinalIgnoreCase));
        return profile is not null;
    }

    /// <summary>
    /// A built-in profile by name, or <see cref="InvalidInputException"/> naming the closest built-in and
    /// listing all of them.
    /// </summary>
    public static HardwareProfile Get(string name, string field = "hardware")
    {
        if (TryGet(name, out var profile)) return profile;
        var nearest = NearestName.Suggest(name.Trim(), Names);
        var hint = nearest is null ? "" : $"did you mean '{nearest}'? ";
        throw new InvalidInputException(
            $"unknown hardware profile '{name}'; {hint}built-in profiles: {string.Join(", ", Names)} " +
            "(or give a YAML/JSON profile file)", field: field);
    }
}
