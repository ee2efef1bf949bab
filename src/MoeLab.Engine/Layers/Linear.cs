using System.Numerics;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>A bias-free linear map y = x·Wᵀ with W stored (OC, C) as in PyTorch, through <see cref="Gemm"/>.</summary>
public static class Linear
{
    /// <param name="y">(N, OC) output, overwritten.</param>
    /// <param name="x">(N, C)</param>
    /// <param name="w">(OC, C)</param>
    public static void Forward<T>(Span<T> y, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int n, int c, int oc, FlopCounter? flops = null)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Gemm.Multiply(Transpose.None, Transpose.Transposed, n, oc, c, x, w, y, accumulate: false);
        flops?.Add(2.0 * n * c * oc);
    }

    /// <summary>Adds dx += dy·W (N, C) — or writes dx = dy·W with <paramref name="overwriteDx"/>, for a first contribution
    /// (no clearing of dx; the same bits as adding to zeros) — and dW += dyᵀ·x (OC, C).</summary>
    public static void Backward<T>(Span<T> dx, Span<T> dw, ReadOnlySpan<T> dy, ReadOnlySpan<T> x, ReadOnlySpan<T> w,
        int n, int c, int oc, FlopCounter? flops = null, bool overwriteDx = false)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Gemm.Multiply(Transpose.None, Transpose.None, n, c, oc, dy, w, dx, accumulate: !overwriteDx);
        Gemm.Multiply(Transpose.Transposed, Transpose.None, oc, c, n, dy, x, dw, accumulate: true);
        flops?.Add(4.0 * n * c * oc);
    }
}
