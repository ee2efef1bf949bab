using MoeLab.Engine.Inference;

namespace MoeLab.Engine.Offloading;

/// <summary>A decoder with its routed experts streamed from disk, and what it takes to release them (I/O threads, slots).</summary>
/// <param name="owner">Released last when the decoder owns its runtime (opened for it alone); null otherwise.</param>
public sealed class OffloadedDecoder(MoeDecoder decoder, OffloadedExpertSource source, ExpertStoreSlots slots, IDisposable? owner = null) : IDisposable
{
    public MoeDecoder Decoder { get; } = decoder;
    public OffloadedExpertSource Source { get; } = source;

    public void Dispose()
    {
        Source.Dispose();
        slots.Dispose();
        owner?.Dispose();
    }
}
