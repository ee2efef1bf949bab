using System.Diagnostics;

namespace MoeLab.Engine.Inference;

/// <summary>
/// Where a decoder's time goes, per layer, as accumulated <see cref="Stopwatch"/> ticks (two timestamp reads per
/// section, tens of nanoseconds, so they stay on). Dense: norms, attention, router, shared experts, dense FFN.
/// Expert wait: inside <see cref="IExpertSource.Prepare"/> and <see cref="IExpertSource.Get"/> (a runtime's loading
/// stalls). Expert compute: the routed experts' SwiGLUs and their gated sum. Head: embedding, final norm, LM head.
/// </summary>
public sealed class DecoderTimings(int layers)
{
    private readonly long[] _dense = new long[layers], _wait = new long[layers], _compute = new long[layers];

    public long Steps { get; internal set; }
    public long HeadTicks { get; internal set; }

    public long DenseTicks(int layer) => _dense[layer];
    public long ExpertWaitTicks(int layer) => _wait[layer];
    public long ExpertComputeTicks(int layer) => _compute[layer];

    public long TotalDenseTicks => _dense.Sum();
    public long TotalExpertWaitTicks => _wait.Sum();
    public long TotalExpertComputeTicks => _compute.Sum();

    public static TimeSpan ToTime(long ticks) => Stopwatch.GetElapsedTime(0, ticks);

    public void Reset()
    {
        Array.Clear(_dense); Array.Clear(_wait); Array.Clear(_compute);
        (Steps, HeadTicks) = (0, 0);
    }

    internal void AddDense(int layer, long ticks) => _dense[layer] += ticks;
    internal void AddWait(int layer, long ticks) => _wait[layer] += ticks;
    internal void AddCompute(int layer, long ticks) => _compute[layer] += ticks;
}
