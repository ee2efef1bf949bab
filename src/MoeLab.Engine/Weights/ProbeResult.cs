namespace MoeLab.Engine.Weights;

/// <summary>Aggregate read bandwidth of <see cref="Readers"/> threads each issuing expert-sized O_DIRECT reads.</summary>
public sealed record QueueDepthPoint(int Readers, long Bytes, double Seconds)
{
    public double BandwidthBytesPerSecond => Bytes / Seconds;
}

/// <summary>fio's bandwidth beside ours for the same sequential job (same file, block size, O_DIRECT, one reader).</summary>
public sealed record FioComparison(FioResult Fio, double OursBytesPerSecond)
{
    public double Ratio => OursBytesPerSecond / Fio.BandwidthBytesPerSecond;
}

/// <summary>What <see cref="DeviceProbe"/> measured on this machine.</summary>
/// <param name="IoMode">"O_DIRECT" or the fallback used (then the disk figures may include caching effects).</param>
/// <param name="SequentialBytesPerSecond">One reader, expert-sized reads, front to back through the scratch file.</param>
/// <param name="ExpertFlopsPerSecond">SwiGLU GEMV (gate, up, down) at ExpertHidden × ExpertWidth in float32 through Gemm.</param>
/// <param name="PerCallSeconds">Time of one SwiGLU call at a tiny shape: the fixed overhead of running an expert.</param>
/// <param name="RamBytesPerSecond">Read bandwidth of all cores summing a buffer far larger than the caches.</param>
public sealed record ProbeResult(
    ProbeOptions Options,
    string IoMode,
    long ExpertReadBytes,
    double SequentialBytesPerSecond,
    IReadOnlyList<LatencyPoint> Latency,
    LatencyFit Fit,
    IReadOnlyList<QueueDepthPoint> QueueDepth,
    double ExpertFlopsPerSecond,
    string GemmBackend,
    double PerCallSeconds,
    double RamBytesPerSecond,
    long RamCapacityBytes,
    FioComparison? Fio)
{
    /// <summary>Expert-sized O_DIRECT reads at random offsets (at least 64).</summary>
    public LatencyPoint? ExpertRead { get; init; }

    /// <summary>The bus model written to the profile: the line through the smallest read and <see cref="ExpertRead"/>
    /// (see <see cref="LatencyFit.Anchored"/>); the least-squares <see cref="Fit"/> when there is no expert read.</summary>
    public LatencyFit Bus { get => field ?? Fit; init; }
}
