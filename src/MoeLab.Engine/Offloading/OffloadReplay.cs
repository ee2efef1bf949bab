using System.Diagnostics;
using MoeLab.Engine.Inference;
using MoeLab.Offload.Traces;

namespace MoeLab.Engine.Offloading;

/// <summary>
/// Decodes the tokens of a routing trace through a decoder whose routed experts come from an offloading source,
/// measuring every token: wall time, I/O stall, dense and expert compute, bytes and reads, hits. Each trace sequence
/// starts from an empty KV cache (a new request); the expert cache stays warm across sequences, as a server's would.
/// Input token ids are a fixed function of the position: with forced routing they only feed the dense arithmetic.
/// Without an <see cref="OffloadedExpertSource"/> (e.g. a memory-mapped source) stalls, reads and hits are not
/// separable from compute and are reported as 0.
/// </summary>
public static class OffloadReplay
{
    public static ReplayMeasurements Run(MoeDecoder decoder, RoutingTrace trace, int tokens, OffloadedExpertSource? source,
        IProgress<int>? progress = null, CancellationToken cancel = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(tokens);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(tokens, trace.TokenCount);
        var routing = new TraceRouting(trace, decoder.Architecture);
        decoder.RoutingOverride = routing;
        var vocab = decoder.Architecture.VocabSize;
        var measured = new List<TokenMeasurement>(tokens);
        // Loading the dense part leaves its file buffers as garbage; collect it so the peak measures the decode itself.
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        ResidentMemory.ResetPeak();
        var timings = decoder.Timings;
        var previousSequence = -1;
        for (var t = 0; t < tokens; t++)
        {
            cancel.ThrowIfCancellationRequested();
            var sequence = trace.SequenceOf(t);
            if (sequence != previousSequence || decoder.Position >= decoder.ContextLength) decoder.Reset();
            previousSequence = sequence;
            routing.Token = t;
            if (source is not null) source.Token = t;

            var (dense0, compute0) = (timings.TotalDenseTicks + timings.HeadTicks, timings.TotalExpertComputeTicks);
            var stall0 = source?.StallSeconds ?? 0;
            var io0 = source?.Reads.Totals ?? default;
            var c0 = source?.Cache.Counters ?? default;
            var start = Stopwatch.GetTimestamp();
            decoder.Step((int)((uint)t * 2654435761u % (uint)vocab));
            var wall = Stopwatch.GetElapsedTime(start).TotalSeconds;
            var io1 = source?.Reads.Totals ?? default;
            var c1 = source?.Cache.Counters ?? default;
            measured.Add(new TokenMeasurement(
                wall, (source?.StallSeconds ?? 0) - stall0,
                DecoderTimings.ToTime(timings.TotalDenseTicks + timings.HeadTicks - dense0).TotalSeconds,
                DecoderTimings.ToTime(timings.TotalExpertComputeTicks - compute0).TotalSeconds,
                io1.Bytes - io0.Bytes, io1.Reads - io0.Reads, io1.ReadSeconds - io0.ReadSeconds, c1.Requests - c0.Requests, c1.Hits - c0.Hits));
            progress?.Report(t + 1);
        }
        source?.Cache.EndStep();
        return new ReplayMeasurements(measured, ResidentMemory.PeakBytes() ?? 0, source?.BudgetBytes ?? 0);
    }
}
