using System.Runtime.InteropServices;

namespace MoeLab.Engine.Weights;

/// <summary>
/// Native memory aligned to <see cref="DirectFileReader.Alignment"/>, as O_DIRECT reads require of their
/// destination; freed on dispose. Not thread-safe by itself: one reader fills one buffer at a time.
/// </summary>
public sealed unsafe class AlignedBuffer : IDisposable
{
    private byte* _pointer;

    public AlignedBuffer(long length)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(length);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(length, (long)int.MaxValue);
        Length = (int)length;
        _pointer = (byte*)NativeMemory.AlignedAlloc((nuint)length, DirectFileReader.Alignment);
    }

    public int Length { get; }

    /// <summary>The buffer's first byte; stable for the buffer's life (native memory never moves).</summary>
    public nint Address
    {
        get
        {
            ObjectDisposedException.ThrowIf(_pointer is null, this);
            return (nint)_pointer;
        }
    }

    public Span<byte> Span
    {
        get
        {
            ObjectDisposedException.ThrowIf(_pointer is null, this);
            return new Span<byte>(_pointer, Length);
        }
    }

    public void Dispose()
    {
        if (_pointer is null) return;
        NativeMemory.AlignedFree(_pointer);
        _pointer = null;
    }
}
