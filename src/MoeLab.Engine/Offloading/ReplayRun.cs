using MoeLab.Offload.Caching;

namespace MoeLab.Engine.Offloading;

/// <summary>The outcome of one disk-backed replay.</summary>
/// <param name="Policy">The policy's display name, parameters included.</param>
/// <param name="IoMode">How expert files were read (e.g. <c>O_DIRECT</c>), so a fallback is never silent.</param>
/// <param name="ExpertBytesOnDevice">Bytes of one expert in its file: what a miss reads.</param>
/// <param name="BypassedReads">Misses read into a staging slot and not kept (<c>opt-bypass</c>).</param>
public sealed record ReplayRun(
    string Policy,
    string Prefetch,
    CacheCapacity Capacity,
    ReplayMeasurements Measured,
    CacheCounters Counters,
    string IoMode,
    long ExpertBytesOnDevice,
    long BypassedReads);

/// <summary>The outcome of the same decode with experts read through a memory mapping (llama.cpp's approach).</summary>
/// <param name="MajorFaults">Page faults that read from the device during the run.</param>
/// <param name="PageCacheBytesAfter">Bytes of the weight files the page cache held when the run ended: the
/// mapping's real memory footprint, which no budget bounds.</param>
public sealed record MappedReplayRun(
    string Access,
    ReplayMeasurements Measured,
    long MajorFaults,
    long MinorFaults,
    long PageCacheBytesAfter,
    long MappedBytes);
