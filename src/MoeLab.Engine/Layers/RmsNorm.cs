using System.Numerics;

namespace MoeLab.Engine.Layers;

/// <summary>RMSNorm: y = x / sqrt(mean(x²) + eps) · w, row by row.</summary>
public static class RmsNorm
{
    /// <param name="y">(N, C) output.</param>
    /// <param name="rstd">(N) saved 1/rms for the backward pass.</param>
    /// <param name="x">(N, C) input.</param>
    /// <param name="w">(C) gain.</param>
    public static void Forward<T>(Span<T> y, Span<T> rstd, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int n, int c, T eps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var i = 0; i < n; i++)
        {
            var row = x.Slice(i * c, c);
            var sumSq = T.Zero;
            for (var j = 0; j < c; j++) sumSq += row[j] * row[j];
            var r = T.One / T.Sqrt(sumSq / T.CreateChecked(c) + eps);
            rstd[i] = r;
            var outRow = y.Slice(i * c, c);
            for (var j = 0; j < c; j++) outRow[j] = row[j] * r * w[j];
        }
    }

    /// <summary>Adds into dx (N, C) and dw (C).</summary>
    public static void Backward<T>(Span<T> dx, Span<T> dw, ReadOnlySpan<T> dy, ReadOnlySpan<T> x, ReadOnlySpan<T> w,
        ReadOnlySpan<T> rstd, int n, int c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var invC = T.One / T.CreateChecked(c);
        for (var i = 0; i < n; i++)
        {
            var xr = x.Slice(i * c, c);
            var dyr = dy.Slice(i * c, c);
            var dxr = dx.Slice(i * c, c);
            var r = rstd[i];
            // d/dx_j of x_j·r·w_j summed against dy: r·w_j·dy_j − x_j·r³/C · Σ_k dy_k·w_k·x_k
            var dot = T.Zero;
            for (var j = 0; j < c; j++) dot += dyr[j] * w[j] * xr[j];
            var coef = dot * r * r * r * invC;
            for (var j = 0; j < c; j++)
            {
                dxr[j] += r * w[j] * dyr[j] - xr[j] * coef;
                dw[j] += dyr[j] * xr[j] * r;
            }
        }
    }
}
