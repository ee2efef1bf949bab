using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;

namespace MoeLab.Offload.Simulation;

/// <summary>Where a phase's time went. The parts add up to the phase's wall time.</summary>
/// <param name="DenseSeconds">Attention, router and other resident layers on the accelerator.</param>
/// <param name="ExpertComputeSeconds">Routed experts on the accelerator.</param>
/// <param name="TransferStallSeconds">Accelerator idle, waiting for an expert to arrive over the bus.</param>
/// <param name="CpuWaitSeconds">Accelerator idle, waiting for experts run on the CPU.</param>
public sealed record TimeBreakdown(double DenseSeconds, double ExpertComputeSeconds, double TransferStallSeconds, double CpuWaitSeconds)
{
    public double TotalSeconds => DenseSeconds + ExpertComputeSeconds + TransferStallSeconds + CpuWaitSeconds;

    public static TimeBreakdown Zero { get; } = new(0, 0, 0, 0);

    public TimeBreakdown Add(double dense = 0, double compute = 0, double stall = 0, double cpuWait = 0) =>
        new(DenseSeconds + dense, ExpertComputeSeconds + compute, TransferStallSeconds + stall, CpuWaitSeconds + cpuWait);
}

/// <summary>The outcome of one discrete-event simulation run.</summary>
/// <param name="DecodeTokensPerSecond">Decode tokens (prompt excluded) over decode wall time.</param>
/// <param name="PrefillSeconds">Wall time of the prompt step; 0 when there was no prompt.</param>
/// <param name="BytesMoved">Bytes over the bus: demand transfers, prefetches, and the wasted part of pre-empted prefetches.</param>
/// <param name="BusUtilisation">Fraction of wall time the bus was busy.</param>
/// <param name="CpuExecutions">Misses run on the CPU instead of moved.</param>
/// <param name="RoutingChangeRate">Fraction of expert choices that cache-aware routing swapped (its quality cost); 0 when off.</param>
/// <param name="GateMassChanged">Mean gate probability per token-layer given to swapped choices.</param>
/// <param name="WallClockSeconds">Real time this run took end to end (request stream, policy, timing model): what the simulator costs, not what it simulates.</param>
public sealed record SimulationResult(
    string Policy,
    string Prefetcher,
    MissHandling Misses,
    CacheCounters Counters,
    IReadOnlyList<double> HitRateByLayer,
    int DecodeTokens,
    double DecodeSeconds,
    double DecodeTokensPerSecond,
    int PromptTokens,
    double PrefillSeconds,
    long BytesMoved,
    long Transfers,
    long CpuExecutions,
    long PreemptedPrefetches,
    double BusBusySeconds,
    double BusUtilisation,
    double CpuBusySeconds,
    TimeBreakdown Decode,
    TimeBreakdown Prefill,
    double RoutingChangeRate,
    double GateMassChanged,
    double WallClockSeconds)
{
    /// <summary>Demand requests simulated per second of real time.</summary>
    public double RequestsPerSecond => WallClockSeconds > 0 ? Counters.Requests / WallClockSeconds : double.NaN;
}
