using MoeLab.Core.Hardware;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests.Weights;

/// <summary>The probe runs and yields finite positive figures; its parts (fit, fio parser, profile) give exact answers.</summary>
public sealed class DeviceProbeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-probe-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void LatencyFit_RecoversAnExactLine()
    {
        // t = 50 µs + bytes / 2 GB/s
        var points = new long[] { 4096, 65536, 1 << 20, 16 << 20 }.Select(b => new LatencyPoint(b, 10, 50e-6 + b / 2e9)).ToList();
        var fit = LatencyFit.Of(points);
        Assert.Equal(50e-6, fit.LatencySeconds, 1e-12);
        Assert.Equal(2e9, fit.BandwidthBytesPerSecond, 1e-3);
        Assert.Equal(1, fit.RSquared, 1e-12);
    }

    [Fact]
    public void AnchoredBus_PassesThroughTheSmallAndExpertReads_WhateverTheOtherSizesDid()
    {
        // Small reads 60 µs, 10 MiB reads 4.5 ms; a slow, noisy 16 MiB point must not move the line.
        var small = new LatencyPoint(4096, 256, 60e-6);
        var expert = new LatencyPoint(10 << 20, 64, 4.5e-3);
        var noisy = new LatencyPoint(16 << 20, 8, 12e-3);
        var bus = LatencyFit.Anchored(small, expert, [small, expert, noisy]);
        Assert.Equal(4.5e-3, bus.Seconds(10 << 20), 1e-12);
        Assert.Equal(60e-6, bus.Seconds(4096), 1e-12);
        var leastSquares = LatencyFit.Of([small, expert, noisy]);
        Assert.True(Math.Abs(leastSquares.Seconds(10 << 20) - 4.5e-3) > 1e-4, "least squares is pulled off the expert-sized read");

        // A small read slower than the line allows: latency floors at 0 and the expert read stays exact.
        var floored = LatencyFit.Anchored(new LatencyPoint(4096, 10, 1e-9), expert, [expert]);
        Assert.Equal(0, floored.LatencySeconds);
        Assert.Equal(4.5e-3, floored.Seconds(10 << 20), 1e-12);
    }

    [Fact]
    public void FioJson_Parsed_EvenAfterNotes()
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Weights", "fio-read-64k.json"));
        var result = FioResult.Parse("fio: cache invalidation of x failed: Bad file descriptor\n" + json);
        Assert.Equal(262144000, result.BandwidthBytesPerSecond);
        Assert.Equal(1048576, result.IoBytes);
        Assert.Equal(0.004, result.RuntimeSeconds, 1e-12);
        Assert.Equal("fio-3.33", result.Version);
    }

    [Fact]
    public void Probe_Runs_FiguresFinitePositive_ProfileLoadsAsSimulateReadsIt()
    {
        var options = new ProbeOptions(_dir, ScratchBytes: 16 << 20, ExpertBytes: 1 << 20, ExpertHidden: 64, ExpertWidth: 32);
        var r = DeviceProbe.Run(options);

        Assert.Equal("O_DIRECT", r.IoMode);
        Assert.Empty(Directory.GetFiles(_dir));
        double[] figures = [r.SequentialBytesPerSecond, r.Fit.BandwidthBytesPerSecond, r.ExpertFlopsPerSecond, r.PerCallSeconds, r.RamBytesPerSecond,
            .. r.Latency.Select(p => p.MeanSeconds), .. r.QueueDepth.Select(q => q.BandwidthBytesPerSecond)];
        Assert.All(figures, v => Assert.True(double.IsFinite(v) && v > 0, $"{v}"));
        Assert.True(double.IsFinite(r.Fit.LatencySeconds));
        Assert.Equal([4096L, 16384, 65536, 262144, 1 << 20, 4 << 20], r.Latency.Select(p => p.ReadBytes));
        Assert.Equal([1, 2, 4, 8], r.QueueDepth.Select(q => q.Readers));

        var profile = HardwareProfileFile.Parse(ProbeProfileYaml.Render(r, "test-box"), "probe.yaml");
        Assert.Equal("test-box", profile.Name);
        Assert.False(profile.OffloadedExpertsInHostMemory);
        Assert.NotNull(r.ExpertRead);
        Assert.Equal(r.Bus.BandwidthBytesPerSecond, profile.BusBandwidthBytesPerSecond, r.Bus.BandwidthBytesPerSecond * 1e-5);
        Assert.Equal(r.ExpertRead!.MeanSeconds, profile.BusTransferTimeSeconds(r.ExpertRead.ReadBytes), r.ExpertRead.MeanSeconds * 1e-4);
        Assert.Equal(r.ExpertFlopsPerSecond, profile.AcceleratorFlopsPerSecond, r.ExpertFlopsPerSecond * 1e-5);
        Assert.Equal(r.RamBytesPerSecond, profile.FastTierBandwidthBytesPerSecond, r.RamBytesPerSecond * 1e-5);
    }
}
