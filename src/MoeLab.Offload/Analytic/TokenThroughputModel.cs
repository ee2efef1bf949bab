using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>The unit costs the throughput model is built from, all in seconds.</summary>
/// <param name="AttentionSeconds">Per layer per token, everything but the routed experts: max(FLOPs / compute, resident bytes / fast-tier bandwidth) + one kernel launch.</param>
/// <param name="AcceleratorExpertSeconds">One routed expert on the accelerator for one token: max(FLOPs / compute, bytes / fast-tier bandwidth) + one kernel launch.</param>
/// <param name="TransferSeconds">Moving one expert across the bus: bus latency + bytes / bus bandwidth.</param>
/// <param name="CpuExpertSeconds">Running one expert in place on the CPU: max(FLOPs / CPU compute, bytes / CPU memory bandwidth).</param>
/// <param name="CpuRoundTripSeconds">Sending the token's activations to the CPU and back: two bus latencies (the bytes are negligible).</param>
public sealed record UnitCosts(
    double AttentionSeconds,
    double AcceleratorExpertSeconds,
    double TransferSeconds,
    double CpuExpertSeconds,
    double CpuRoundTripSeconds)
{
    public static UnitCosts For(OffloadModelShape shape, HardwareProfile hardware)
    {
        shape.Validate();
        hardware.Validate();
        var launch = hardware.KernelLaunchLatencySeconds;
        return new UnitCosts(
            AttentionSeconds: Math.Max(shape.AttentionFlopsPerToken / hardware.AcceleratorFlopsPerSecond,
                                       shape.ResidentBytesPerLayer / hardware.FastTierBandwidthBytesPerSecond) + launch,
            AcceleratorExpertSeconds: Math.Max(shape.ExpertFlopsPerToken / hardware.AcceleratorFlopsPerSecond,
                                               shape.ExpertBytes / hardware.FastTierBandwidthBytesPerSecond) + launch,
            TransferSeconds: hardware.BusTransferTimeSeconds(shape.ExpertBytes),
            CpuExpertSeconds: Math.Max(shape.ExpertFlopsPerToken / hardware.CpuFlopsPerSecond,
                                       shape.ExpertBytes / hardware.CpuMemoryBandwidthBytesPerSecond),
            CpuRoundTripSeconds: 2 * hardware.BusLatencySeconds);
    }
}

/// <summary>The expert phase of one layer for one token with a given number of misses.</summary>
/// <param name="Misses">Experts not in the fast tier.</param>
/// <param name="OnCpu">How many of those ran on the CPU (the rest were transferred).</param>
/// <param name="PhaseSeconds">Wall time from routing to the last expert's output.</param>
/// <param name="AcceleratorComputeSeconds">Accelerator busy time: (k − OnCpu) experts.</param>
/// <param name="TransferStallSeconds">Accelerator idle, waiting for a transfer.</param>
/// <param name="CpuWaitSeconds">Accelerator done, waiting for the CPU's experts.</param>
public sealed record ExpertPhase(int Misses, int OnCpu, double PhaseSeconds, double AcceleratorComputeSeconds, double TransferStallSeconds, double CpuWaitSeconds);

/// <summary>Expected decode speed and where the time goes (all per token, batch size 1).</summary>
public sealed record ThroughputPrediction(
    double TokensPerSecond,
    double SecondsPerToken,
    double AttentionSeconds,
    double AcceleratorExpertSeconds,
    double TransferStallSeconds,
    double CpuWaitSeconds,
    double ExpectedMisses,
    double ExpectedTransfers,
    double ExpectedCpuExperts,
    double ExpectedBytesMoved,
    MissHandling Handling,
    UnitCosts Costs);

/// <summary>
/// Corrected tokens/s model: <c>1 / Σ_layers (t_attn + t_experts + stall)</c>, where stall is transfer time
/// not hidden behind compute. Per layer, a token's routing is known only after attention, so a demand
/// transfer can overlap only the same layer's hit experts: the accelerator runs the hits first, then each
/// transferred expert as it arrives (transfers queue on the bus one after another, each paying the bus
/// latency). With <see cref="MissHandling.ExecuteOnCpu"/> or <see cref="MissHandling.Cheaper"/>, missed
/// experts may instead run on the CPU in parallel with the accelerator. The expected layer time is the
/// average of that schedule over the distribution of the number of misses.
/// <para>
/// Not modelled here (the event simulator covers them): prefetching, batch &gt; 1, contention between the
/// CPU and the bus for host memory, and transfers overlapping the next layer's attention.
/// </para>
/// </summary>
public static class TokenThroughputModel
{
    /// <summary>The expert phase for exactly <paramref name="misses"/> misses, <paramref name="onCpu"/> of them run on the CPU.</summary>
    public static ExpertPhase Phase(UnitCosts costs, int topK, int misses, int onCpu)
    {
        Preconditions.InRange(misses, 0, topK, "misses");
        Preconditions.InRange(onCpu, 0, misses, "on_cpu");
        var gpu = (topK - misses) * costs.AcceleratorExpertSeconds;
        for (var i = 1; i <= misses - onCpu; i++)
            gpu = Math.Max(gpu, i * costs.TransferSeconds) + costs.AcceleratorExpertSeconds;
        var acceleratorCompute = (topK - onCpu) * costs.AcceleratorExpertSeconds;
        var cpuEnd = onCpu == 0 ? 0.0 : onCpu * costs.CpuExpertSeconds + costs.CpuRoundTripSeconds;
        var phase = Math.Max(gpu, cpuEnd);
        return new ExpertPhase(misses, onCpu, phase, acceleratorCompute, gpu - acceleratorCompute, phase - gpu);
    }

    /// <summary>The phase for <paramref name="misses"/> misses under a handling rule (for Cheaper: the split of misses between bus and CPU that ends the layer first).</summary>
    public static ExpertPhase BestPhase(UnitCosts costs, int topK, int misses, MissHandling handling)
    {
        switch (handling)
        {
            case MissHandling.Transfer: return Phase(costs, topK, misses, 0);
            case MissHandling.ExecuteOnCpu: return Phase(costs, topK, misses, misses);
        }
        var best = Phase(costs, topK, misses, 0);
        for (var onCpu = 1; onCpu <= misses; onCpu++)
        {
            var candidate = Phase(costs, topK, misses, onCpu);
            if (candidate.PhaseSeconds < best.PhaseSeconds) best = candidate;
        }
        return best;
    }

    /// <summary>Every layer has the same miss distribution.</summary>
    public static ThroughputPrediction Predict(OffloadModelShape shape, HardwareProfile hardware, MissDistribution missesPerLayer, MissHandling handling = MissHandling.Transfer) =>
        Predict(shape, hardware, Enumerable.Repeat(missesPerLayer, shape.Layers).ToArray(), handling);

    /// <summary>One miss distribution per layer (e.g. from per-layer hit rates).</summary>
    public static ThroughputPrediction Predict(OffloadModelShape shape, HardwareProfile hardware, IReadOnlyList<MissDistribution> missesPerLayer, MissHandling handling = MissHandling.Transfer)
    {
        var costs = UnitCosts.For(shape, hardware);
        Preconditions.That(missesPerLayer.Count == shape.Layers,
            $"need one miss distribution per layer ({shape.Layers}), got {missesPerLayer.Count}", "misses_per_layer");

        double attention = 0, compute = 0, stall = 0, cpuWait = 0, misses = 0, transfers = 0, onCpu = 0;
        var phaseCache = new Dictionary<int, ExpertPhase>();
        foreach (var distribution in missesPerLayer)
        {
            Preconditions.That(distribution.ExpertsNeeded == shape.TopK,
                $"miss distribution is for top-{distribution.ExpertsNeeded}, the model uses top-{shape.TopK}", "misses_per_layer");
            attention += costs.AttentionSeconds;
            for (var m = 0; m <= shape.TopK; m++)
            {
                var p = distribution.Probabilities[m];
                if (p == 0) continue;
                if (!phaseCache.TryGetValue(m, out var phase))
                    phaseCache[m] = phase = BestPhase(costs, shape.TopK, m, handling);
                compute += p * phase.AcceleratorComputeSeconds;
                stall += p * phase.TransferStallSeconds;
                cpuWait += p * phase.CpuWaitSeconds;
                misses += p * m;
                transfers += p * (m - phase.OnCpu);
                onCpu += p * phase.OnCpu;
            }
        }
        var secondsPerToken = attention + compute + stall + cpuWait;
        return new ThroughputPrediction(
            TokensPerSecond: 1 / secondsPerToken,
            SecondsPerToken: secondsPerToken,
            AttentionSeconds: attention,
            AcceleratorExpertSeconds: compute,
            TransferStallSeconds: stall,
            CpuWaitSeconds: cpuWait,
            ExpectedMisses: misses,
            ExpectedTransfers: transfers,
            ExpectedCpuExperts: onCpu,
            ExpectedBytesMoved: transfers * shape.ExpertBytes,
            Handling: handling,
            Costs: costs);
    }
}
