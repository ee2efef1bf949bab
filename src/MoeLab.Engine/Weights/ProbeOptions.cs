namespace MoeLab.Engine.Weights;

/// <summary>
/// What <see cref="DeviceProbe"/> measures: the directory whose device to test, the scratch file size (several
/// experts, so reads do not repeat one place), the expert size of the reads, the expert shape of the FFN timing,
/// and whether to run fio alongside.
/// </summary>
public sealed record ProbeOptions(
    string Directory,
    long ScratchBytes = 1L << 30,
    long ExpertBytes = 3L * 2048 * 1024 * 2,
    int ExpertHidden = 2048,
    int ExpertWidth = 1024,
    bool CompareFio = false,
    long Seed = 1)
{
    /// <summary>Read sizes of the latency fit, 4 KiB … 16 MiB in steps of 4×.</summary>
    public static IReadOnlyList<long> LatencySizes { get; } = [4096, 16384, 65536, 262144, 1 << 20, 4 << 20, 16 << 20];

    /// <summary>Concurrent readers of the queue-depth scan.</summary>
    public static IReadOnlyList<int> QueueDepths { get; } = [1, 2, 4, 8];
}
