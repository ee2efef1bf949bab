using MoeLab.Core.Hardware;
using MoeLab.Offload.Analytic;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// A hardware profile carrying the device and expert-compute rates one real run actually got. The simulator fed these
/// instead of the calibration's predicts the same run after the fact: what is left of its error is the simulator's
/// own model of the decode (queueing, overlap, stalls), separated from how much the device and CPU varied between the
/// calibration and the run. It is a diagnostic, not a prediction — nothing about a run is known before it ends.
/// </summary>
public static class RunRates
{
    /// <summary>
    /// <paramref name="profile"/> with the bus line moved through the run's mean expert read (the latency kept, the
    /// bandwidth the rest) and the accelerator's and CPU's FLOP/s set to the run's expert FLOP/s. A run that read
    /// nothing or computed no expert keeps the profile's figure for that term.
    /// </summary>
    public static HardwareProfile Of(HardwareProfile profile, ReplayRun run, OffloadModelShape shape)
    {
        var m = run.Measured;
        var result = profile;
        if (m.ReadsIssued > 0 && m.ReadSeconds > 0)
        {
            var meanRead = m.ReadSeconds / m.ReadsIssued;
            var latency = Math.Min(profile.BusLatencySeconds, meanRead / 2);
            result = result with { BusLatencySeconds = latency, BusBandwidthBytesPerSecond = shape.ExpertBytes / (meanRead - latency) };
        }
        if (m.ExpertSeconds > 0 && run.Counters.Requests > 0)
        {
            var flops = run.Counters.Requests * shape.ExpertFlopsPerToken / m.ExpertSeconds;
            result = result with { AcceleratorFlopsPerSecond = flops, CpuFlopsPerSecond = flops };
        }
        return result;
    }
}
