using System.Numerics;
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
        for (var i = 0; i < count; i++) act[i] = Silu(h1[i]) * h3[i];
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
        // act = silu(h1)·h3: dh3 = dact·silu(h1), dh1 = dact·h3·silu'(h1)
        for (var i = 0; i < count; i++) dh[i] = dact[i] * Silu(h1[i]);
        Linear.Backward(dx, dw3, dh, x, w3, n, c, h, flops);
        for (var i = 0; i < count; i++)
        {
            var sig = Sigmoid(h1[i]);
            dh[i] = dact[i] * h3[i] * sig * (T.One + h1[i] * (T.One - sig));
        }
        Linear.Backward(dx, dw1, dh, x, w1, n, c, h, flops);
    }

    public static T Sigmoid<T>(T x) where T : IFloatingPointIeee754<T> => T.One / (T.One + T.Exp(-x));

    public static T Silu<T>(T x) where T : IFloatingPointIeee754<T> => x * Sigmoid(x);
}
