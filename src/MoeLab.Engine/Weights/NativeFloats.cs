using System.Buffers;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Float32 values in native memory someone else owns (a mapped file, an expert slot) as <see cref="Memory{T}"/>, so
/// the decoder's spans and BLAS calls read them in place. Valid only while the owner keeps that memory.
/// </summary>
public sealed unsafe class NativeFloats(nint address, int length) : MemoryManager<float>
{
    public override Span<float> GetSpan() => new((void*)address, length);

    public override MemoryHandle Pin(int elementIndex = 0) => new((float*)address + elementIndex);

    public override void Unpin() { }

    protected override void Dispose(bool disposing) { }
}
