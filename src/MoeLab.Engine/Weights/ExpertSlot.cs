using System.Runtime.InteropServices;

namespace MoeLab.Engine.Weights;

/// <summary>
/// A caller-owned, preallocated buffer that holds one expert after <see cref="ExpertStore.ReadExpert"/>.
/// Layout (<see cref="ExpertStore.SlotBytes"/> bytes, 4096-aligned): first the raw area, where each coalesced read's
/// aligned window lands at a 4096-aligned position; then, for BF16/F16 weights only, the float32 area holding gate,
/// up and down widened, one after another. For F32 weights the matrices are views straight into the raw area
/// (no copy). The spans stay valid until the next read into this slot or its disposal.
/// </summary>
public sealed class ExpertSlot : IDisposable
{
    private readonly AlignedBuffer _buffer;
    private (int Offset, int Length) _gate, _up, _down;

    internal ExpertSlot(long bytes) => _buffer = new AlignedBuffer(bytes);

    public long Bytes => _buffer.Length;

    /// <summary>The (layer, expert) whose weights the slot holds, or null before the first read.</summary>
    public (int Layer, int Expert)? Holds { get; private set; }

    /// <summary>Model width d: columns of gate and up, rows of down.</summary>
    public int Hidden { get; private set; }

    /// <summary>Expert FFN width H: rows of gate and up, columns of down.</summary>
    public int Width { get; private set; }

    /// <summary>Gate (W1), row-major [Width, Hidden].</summary>
    public ReadOnlySpan<float> Gate => Floats(_gate);

    /// <summary>Up (W3), row-major [Width, Hidden].</summary>
    public ReadOnlySpan<float> Up => Floats(_up);

    /// <summary>Down (W2), row-major [Hidden, Width].</summary>
    public ReadOnlySpan<float> Down => Floats(_down);

    internal Span<byte> Raw => _buffer.Span;

    /// <summary>The held expert's matrices as memory views into the slot (no copy), for the decoder; valid until the
    /// next read into this slot.</summary>
    public Inference.ExpertMatrices Matrices =>
        Holds is null
            ? throw new InvalidOperationException("the slot holds no expert yet")
            : new(View(_gate), View(_up), View(_down));

    private ReadOnlyMemory<float> View((int Offset, int Length) at) => new NativeFloats(_buffer.Address + at.Offset, at.Length).Memory;

    internal void Hold(int layer, int expert, int hidden, int width, (int, int) gate, (int, int) up, (int, int) down)
    {
        (Holds, Hidden, Width, _gate, _up, _down) = ((layer, expert), hidden, width, gate, up, down);
    }

    internal void Clear() => Holds = null;

    /// <summary>Writes every page once, so the slot is resident before the first read lands in it.</summary>
    public void Touch() => _buffer.Span.Clear();

    private ReadOnlySpan<float> Floats((int Offset, int Length) at) =>
        Holds is null ? throw new InvalidOperationException("the slot holds no expert yet") : MemoryMarshal.Cast<byte, float>(_buffer.Span.Slice(at.Offset, at.Length * 4));

    public void Dispose() => _buffer.Dispose();
}
