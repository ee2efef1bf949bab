using System.Numerics;
using System.Numerics.Tensors;
using System.Runtime.CompilerServices;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>
/// SwiGLU feed-forward: out = (silu(x·W1ᵀ) ⊙ x·W3ᵀ)·W2ᵀ with W1, W3 (H, C) and W2 (C, H). Used for dense layers,
/// for each routed expert and for the shared experts (S shared experts of width H are exactly one SwiGLU of width
/// S·H, so they are stored that way).
/// </summary>
public static class SwiGlu
{
    /// <param name="output">(N, C) overwritten.</param>
    /// <param name="h1">(N, H) saved gate pre-activation.</param>
    /// <param name="h3">(N, H) saved up projection.</param>
    /// <param name="act">(N, H) saved silu(h1)·h3.</param>
    public static void Forward<T>(Span<T> output, Span<T> h1, Span<T> h3, Span<T> act, ReadOnlySpan<T> x,
        ReadOnlySpan<T> w1, ReadOnlySpan<T> w3, ReadOnlySpan<T> w2, int n, int c, int h, FlopCounter? flops = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n == 0) return;
        Linear.Forward(h1, x, w1, n, c, h, flops);
        Linear.Forward(h3, x, w3, n, c, h, flops);
        var count = n * h;
        // act = h1·σ(h1)·h3 in three vectorised passes (σ through TensorPrimitives' SIMD exp, not one expf per element).
        var a = act[..count];
        TensorPrimitives.Sigmoid<T>(h1[..count], a);
        TensorPrimitives.Multiply<T>(a, h1[..count], a);
        TensorPrimitives.Multiply<T>(a, h3[..count], a);
        Linear.Forward(output, act, w2, n, h, c, flops);
    }

    /// <summary>Adds into dx (N, C) and dw1, dw3, dw2; <paramref name="scratch"/> holds 2·N·H values.</summary>
    public static void Backward<T>(Span<T> dx, Span<T> dw1, Span<T> dw3, Span<T> dw2, ReadOnlySpan<T> dout,
        ReadOnlySpan<T> x, ReadOnlySpan<T> h1, ReadOnlySpan<T> h3, ReadOnlySpan<T> act,
        ReadOnlySpan<T> w1, ReadOnlySpan<T> w3, ReadOnlySpan<T> w2, Span<T> scratch, int n, int c, int h, FlopCounter? flops = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (n == 0) return;
        var count = n * h;
        var dact = scratch[..count];
        var dh = scratch.Slice(count, count);
        dact.Clear();
        Linear.Backward(dact, dw2, dout, act, w2, n, h, c, flops);
        // act = silu(h1)·h3: dh3 = dact·silu(h1), dh1 = dact·h3·silu'(h1). σ(h1) once (vectorised) into dh, then one
        // fused pass writes dh3 into dh and dh1 over dact (dact is not needed after it).
        TensorPrimitives.Sigmoid<T>(h1[..count], dh);
        FusedGradients(dact, dh, h1[..count], h3[..count]);
        Linear.Backward(dx, dw3, dh, x, w3, n, c, h, flops);
        Linear.Backward(dx, dw1, dact, x, w1, n, c, h, flops);
    }

    /// <summary>With sig = σ(h1) in <paramref name="sigInDh3Out"/>: dh3 = dact·h1·sig there, dh1 = dact·h3·sig·(1 + h1·(1 − sig)) over dact.</summary>
    private static unsafe void FusedGradients<T>(Span<T> dactInDh1Out, Span<T> sigInDh3Out, ReadOnlySpan<T> h1, ReadOnlySpan<T> h3)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var count = h1.Length;
        fixed (T* pa = dactInDh1Out) fixed (T* ps = sigInDh3Out) fixed (T* p1 = h1) fixed (T* p3 = h3)
        {
            var i = 0;
            var w = Vector<T>.Count;
            var one = Vector<T>.One;
            for (; i + w <= count; i += w)
            {
                var a = Unsafe.ReadUnaligned<Vector<T>>(pa + i);
                var sg = Unsafe.ReadUnaligned<Vector<T>>(ps + i);
                var x1 = Unsafe.ReadUnaligned<Vector<T>>(p1 + i);
                var x3 = Unsafe.ReadUnaligned<Vector<T>>(p3 + i);
                Unsafe.WriteUnaligned(ps + i, a * (x1 * sg));
                Unsafe.WriteUnaligned(pa + i, a * x3 * sg * (one + x1 * (one - sg)));
            }
            for (; i < count; i++)
            {
                var (a, sg, x1, x3) = (pa[i], ps[i], p1[i], p3[i]);
                ps[i] = a * (x1 * sg);
                pa[i] = a * x3 * sg * (T.One + x1 * (T.One - sg));
            }
        }
    }

    public static T Sigmoid<T>(T x) where T : IFloatingPointIeee754<T> => T.One / (T.One + T.Exp(-x));

    public static T Silu<T>(T x) where T : IFloatingPointIeee754<T> => x * Sigmoid(x);
}
