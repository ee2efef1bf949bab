using System.Text.Json.Nodes;
using MoeLab.Core.Units;
using MoeLab.Engine.Weights;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Hardware;

/// <summary>The report of `moelab hardware probe`: disk, CPU and RAM figures, the fio cross-check, the profile written.</summary>
public sealed class ProbeReportBuilder(ProbeRequest request, ProbeResult r, string commandLine)
{
    /// <summary>Ours below this fraction of fio's bandwidth means our read path is losing throughput.</summary>
    public const double FioAgreement = 0.8;

    public Report Build()
    {
        var summary = new List<KeyValuePair<string, string>>
        {
            new("Disk", $"{r.Options.Directory} ({r.IoMode})"),
            new("Sequential read", $"{UnitFormat.Bandwidth(r.SequentialBytesPerSecond)} at {UnitFormat.BytesBinary(r.ExpertReadBytes)} per read"),
            new("Bus (profile)", $"t = {UnitFormat.Time(r.Bus.LatencySeconds)} + bytes / {UnitFormat.Bandwidth(r.Bus.BandwidthBytesPerSecond)}, through the 4 KiB and expert-sized means (R² = {r.Bus.RSquared:F4})"),
            new("Least squares", $"t = {UnitFormat.Time(r.Fit.LatencySeconds)} + bytes / {UnitFormat.Bandwidth(r.Fit.BandwidthBytesPerSecond)} over 4 KiB…16 MiB (R² = {r.Fit.RSquared:F4}), for comparison"),
            new("Expert FFN", $"{UnitFormat.Flops(r.ExpertFlopsPerSecond)}/s (SwiGLU GEMV, d = {r.Options.ExpertHidden}, H = {r.Options.ExpertWidth}, {r.GemmBackend})"),
            new("Per-call overhead", UnitFormat.Time(r.PerCallSeconds)),
            new("RAM read", UnitFormat.Bandwidth(r.RamBytesPerSecond)),
            new("Profile", request.Out),
        };
        var warnings = new List<ReportWarning>();
        if (r.Fio is { } fio)
        {
            summary.Add(new("fio (same job)", $"{UnitFormat.Bandwidth(fio.Fio.BandwidthBytesPerSecond)} ({fio.Fio.Version}); ours {UnitFormat.Bandwidth(fio.OursBytesPerSecond)} = {fio.Ratio:P0} of fio"));
            if (fio.Ratio < FioAgreement) warnings.Add(new($"our sequential reads reached {fio.Ratio:P0} of fio's bandwidth (< {FioAgreement:P0})", "fio-gap"));
        }
        if (r.IoMode != "O_DIRECT") warnings.Add(new($"O_DIRECT unavailable: {r.IoMode}; disk figures may include caching", "no-direct-io"));
        if (r.Fit.LatencySeconds < 0) warnings.Add(new("the least-squares latency is negative (noisy reads); the profile's bus goes through the 4 KiB and expert-sized means instead", "negative-latency"));

        var latency = new Table("Read latency (one reader)",
            [new Column("Read size", "bytes", "Bytes per O_DIRECT read at a random aligned offset.", true), new Column("Reads", "reads", "Reads timed.", true),
             new Column("Mean time", "s", "Mean wall time per read.", true), new Column("Bandwidth", "B/s", "Read size / mean time.", true),
             new Column("Fit", "s", "latency + size / bandwidth of the line fit.", true)],
            [.. r.Latency.Select(p => (IReadOnlyList<Cell>)[Cell.Number(p.ReadBytes, "N0"), Cell.Number(p.Reads, "N0"), Cell.Number(p.MeanSeconds, "G4"), Cell.Number(p.BandwidthBytesPerSecond, "G4"), Cell.Number(r.Fit.Seconds(p.ReadBytes), "G4")])]);
        var depth = new Table("Concurrent readers",
            [new Column("Readers", "threads", "Threads each issuing expert-sized O_DIRECT reads.", true), new Column("Bandwidth", "B/s", "All readers' bytes / wall time.", true),
             new Column("vs one", "×", "Bandwidth relative to one reader.", true)],
            [.. r.QueueDepth.Select(q => (IReadOnlyList<Cell>)[Cell.Number(q.Readers), Cell.Number(q.BandwidthBytesPerSecond, "G4"), Cell.Number(q.BandwidthBytesPerSecond / r.QueueDepth[0].BandwidthBytesPerSecond, "F2")])]);

        var data = new JsonObject
        {
            ["path"] = r.Options.Directory,
            ["io_mode"] = r.IoMode,
            ["expert_read_bytes"] = r.ExpertReadBytes,
            ["sequential_bytes_per_s"] = r.SequentialBytesPerSecond,
            ["fit"] = new JsonObject { ["latency_s"] = r.Fit.LatencySeconds, ["bandwidth_bytes_per_s"] = r.Fit.BandwidthBytesPerSecond, ["r_squared"] = r.Fit.RSquared },
            ["bus"] = new JsonObject { ["latency_s"] = r.Bus.LatencySeconds, ["bandwidth_bytes_per_s"] = r.Bus.BandwidthBytesPerSecond, ["r_squared"] = r.Bus.RSquared,
                ["expert_read_bytes"] = r.ExpertRead?.ReadBytes, ["expert_read_mean_s"] = r.ExpertRead?.MeanSeconds, ["expert_reads"] = r.ExpertRead?.Reads },
            ["latency"] = new JsonArray([.. r.Latency.Select(p => (JsonNode)new JsonObject { ["read_bytes"] = p.ReadBytes, ["reads"] = p.Reads, ["mean_s"] = p.MeanSeconds })]),
            ["queue_depth"] = new JsonArray([.. r.QueueDepth.Select(q => (JsonNode)new JsonObject { ["readers"] = q.Readers, ["bytes_per_s"] = q.BandwidthBytesPerSecond })]),
            ["expert_flops_per_s"] = r.ExpertFlopsPerSecond,
            ["gemm_backend"] = r.GemmBackend,
            ["per_call_s"] = r.PerCallSeconds,
            ["ram_bytes_per_s"] = r.RamBytesPerSecond,
            ["fio"] = r.Fio is null ? null : new JsonObject { ["bytes_per_s"] = r.Fio.Fio.BandwidthBytesPerSecond, ["ours_bytes_per_s"] = r.Fio.OursBytesPerSecond, ["ratio"] = r.Fio.Ratio, ["version"] = r.Fio.Fio.Version },
            ["profile"] = request.Out,
        };
        var context = new ReportContext(commandLine, [new("path", request.Path), new("out", request.Out)], r.Options.Seed);
        return new Report($"Hardware probe — {r.Options.Directory}", context, [new KeyValues("Measured", summary), latency, depth], warnings, data);
    }
}
