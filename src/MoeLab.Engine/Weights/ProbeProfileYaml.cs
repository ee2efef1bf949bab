using System.Globalization;
using System.Text;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Turns a <see cref="ProbeResult"/> into a hardware profile YAML that `moelab simulate --hardware` reads
/// (keys of Core.Hardware.HardwareProfileFile), each mapping explained in a comment. The machine is an SSD-streaming
/// CPU box: the fast tier is RAM (the expert cache), the bus is the disk, the accelerator is this CPU.
/// </summary>
public static class ProbeProfileYaml
{
    public static string Render(ProbeResult r, string name)
    {
        static string N(double v) => v.ToString("G6", CultureInfo.InvariantCulture);
        var qd = string.Join(", ", r.QueueDepth.Select(q => $"{q.Readers}: {q.BandwidthBytesPerSecond / 1e9:F2} GB/s"));
        var sb = new StringBuilder();
        sb.AppendLine($"# Measured by `moelab hardware probe` on {Environment.MachineName}, {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC.");
        sb.AppendLine($"# Disk under {r.Options.Directory}, read with {r.IoMode}; CPU GEMM backend: {r.GemmBackend}.");
        sb.AppendLine($"name: {name}");
        sb.AppendLine($"description: \"{Environment.ProcessorCount}-core CPU streaming experts from the disk under {r.Options.Directory.Replace("\"", "'", StringComparison.Ordinal)}\"");
        sb.AppendLine("# Experts stream from storage, so a CPU fallback still needs the read first.");
        sb.AppendLine("offloaded_experts_in_host_memory: false");
        sb.AppendLine("# Fast tier = RAM holding the expert cache: capacity is the memory .NET sees as available.");
        sb.AppendLine($"fast_tier_capacity_bytes: {r.RamCapacityBytes}");
        sb.AppendLine("# RAM read bandwidth, all cores summing a 256 MiB buffer.");
        sb.AppendLine($"fast_tier_bandwidth_bytes_per_second: {N(r.RamBytesPerSecond)}");
        sb.AppendLine($"# Bus = the disk: t = latency + bytes / bandwidth through the mean 4 KiB read and the mean of {r.ExpertRead?.Reads ?? 0} expert-sized ({r.ExpertReadBytes} B) O_DIRECT reads, one reader (R^2 over all read sizes = {r.Bus.RSquared:F4}); least squares over 4 KiB..16 MiB would give {N(r.Fit.LatencySeconds)} s + bytes / {N(r.Fit.BandwidthBytesPerSecond)} B/s.");
        sb.AppendLine($"# Sequential {r.ExpertReadBytes}-byte reads reached {r.SequentialBytesPerSecond / 1e9:F3} GB/s; concurrent readers -> {qd}.");
        sb.AppendLine($"bus_bandwidth_bytes_per_second: {N(r.Bus.BandwidthBytesPerSecond)}");
        sb.AppendLine($"bus_latency_seconds: {N(Math.Max(0, r.Bus.LatencySeconds))}");
        sb.AppendLine($"# Accelerator = this CPU: float32 SwiGLU GEMV (gate, up, down) at d = {r.Options.ExpertHidden}, H = {r.Options.ExpertWidth}.");
        sb.AppendLine($"accelerator_flops_per_second: {N(r.ExpertFlopsPerSecond)}");
        sb.AppendLine("accelerator_dtype: fp32");
        sb.AppendLine("# The CPU fallback is the same CPU and memory.");
        sb.AppendLine($"cpu_flops_per_second: {N(r.ExpertFlopsPerSecond)}");
        sb.AppendLine($"cpu_memory_bandwidth_bytes_per_second: {N(r.RamBytesPerSecond)}");
        sb.AppendLine("# One device: no inter-device link; RAM bandwidth and zero latency make its terms vanish.");
        sb.AppendLine($"link_bandwidth_bytes_per_second: {N(r.RamBytesPerSecond)}");
        sb.AppendLine("link_latency_seconds: 0");
        sb.AppendLine("# Per-expert-call overhead: time of one SwiGLU call at a 16 x 16 shape.");
        sb.AppendLine($"kernel_launch_latency_seconds: {N(r.PerCallSeconds)}");
        return sb.ToString();
    }
}
