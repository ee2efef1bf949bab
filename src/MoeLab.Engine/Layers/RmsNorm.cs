using System.Numerics;
using System.Numerics.Tensors;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>
/// RMSNorm: y = x / sqrt(mean(x²) + eps) · w, row by row. Rows run in parallel in fixed blocks of
/// <see cref="RowsPerTask"/>; the gain's gradient is a sum over rows, so it runs in parallel over column blocks instead,
/// each column summed over the rows in order — the result does not depend on how many threads there are.
/// </summary>
public static class RmsNorm
{
    private const int RowsPerTask = 32, ColumnsPerTask = 64;

    /// <param name="y">(N, C) output.</param>
    /// <param name="rstd">(N) saved 1/rms for the backward pass.</param>
    /// <param name="x">(N, C) input.</param>
    /// <param name="w">(C) gain.</param>
    public static void Forward<T>(Span<T> y, Span<T> rstd, ReadOnlySpan<T> x, ReadOnlySpan<T> w, int n, int c, T eps)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        unsafe
        {
            fixed (T* py = y) fixed (T* pr = rstd) fixed (T* px = x) fixed (T* pw = w)
            {
                var body = new ForwardRows<T> { Y = py, Rstd = pr, X = px, W = pw, N = n, C = c, Eps = eps };
                WorkerTeam.For((n + RowsPerTask - 1) / RowsPerTask, ref body);
            }
        }
    }

    /// <summary>Adds into dx (N, C) and dw (C).</summary>
    public static void Backward<T>(Span<T> dx, Span<T> dw, ReadOnlySpan<T> dy, ReadOnlySpan<T> x, ReadOnlySpan<T> w,
        ReadOnlySpan<T> rstd, int n, int c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        unsafe
        {
            fixed (T* pdx = dx) fixed (T* pdw = dw) fixed (T* pdy = dy) fixed (T* px = x) fixed (T* pw = w) fixed (T* pr = rstd)
            {
                var rows = new BackwardRows<T> { DX = pdx, DY = pdy, X = px, W = pw, Rstd = pr, N = n, C = c };
                WorkerTeam.For((n + RowsPerTask - 1) / RowsPerTask, ref rows);
                var columns = new GainGradient<T> { DW = pdw, DY = pdy, X = px, Rstd = pr, N = n, C = c };
                WorkerTeam.For((c + ColumnsPerTask - 1) / ColumnsPerTask, ref columns);
            }
        }
    }

    private unsafe struct ForwardRows<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public T* Y, Rstd, X, W;
        public int N, C;
        public T Eps;

        public readonly void Run(int index)
        {
            var gain = new ReadOnlySpan<T>(W, C);
            var end = Math.Min(N, (index + 1) * RowsPerTask);
            for (var i = index * RowsPerTask; i < end; i++)
            {
                var row = new ReadOnlySpan<T>(X + (long)i * C, C);
                var r = T.One / T.Sqrt(TensorPrimitives.SumOfSquares(row) / T.CreateChecked(C) + Eps);
                Rstd[i] = r;
                var output = new Span<T>(Y + (long)i * C, C);
                TensorPrimitives.Multiply(row, r, output);
                TensorPrimitives.Multiply(output, gain, output);
            }
        }
    }

    private unsafe struct BackwardRows<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public T* DX, DY, X, W, Rstd;
        public int N, C;

        public readonly void Run(int index)
        {
            var invC = T.One / T.CreateChecked(C);
            var lanes = Vector<T>.Count;
            var end = Math.Min(N, (index + 1) * RowsPerTask);
            for (var i = index * RowsPerTask; i < end; i++)
            {
                T* xr = X + (long)i * C, dyr = DY + (long)i * C, dxr = DX + (long)i * C;
                var r = Rstd[i];
                // d/dx_j of x_j·r·w_j summed against dy: r·w_j·dy_j − x_j·r³/C · Σ_k dy_k·w_k·x_k
                var dots = Vector<T>.Zero;
                var j = 0;
                for (; j + lanes <= C; j += lanes)
                    dots += Vector.Load(dyr + j) * Vector.Load(W + j) * Vector.Load(xr + j);
                var dot = Vector.Sum(dots);
                for (; j < C; j++) dot += dyr[j] * W[j] * xr[j];
                var coef = dot * r * r * r * invC;
                var (vr, vcoef) = (new Vector<T>(r), new Vector<T>(coef));
                for (j = 0; j + lanes <= C; j += lanes)
                    (Vector.Load(dxr + j) + vr * Vector.Load(W + j) * Vector.Load(dyr + j) - Vector.Load(xr + j) * vcoef).Store(dxr + j);
                for (; j < C; j++) dxr[j] += r * W[j] * dyr[j] - xr[j] * coef;
            }
        }
    }

    private unsafe struct GainGradient<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public T* DW, DY, X, Rstd;
        public int N, C;

        public readonly void Run(int index)
        {
            var j0 = index * ColumnsPerTask;
            var width = Math.Min(C, j0 + ColumnsPerTask) - j0;
            var dw = DW + j0;
            var lanes = Vector<T>.Count;
            for (var i = 0; i < N; i++)
            {
                T* dyr = DY + (long)i * C + j0, xr = X + (long)i * C + j0;
                var r = Rstd[i];
                var vr = new Vector<T>(r);
                var j = 0;
                for (; j + lanes <= width; j += lanes) (Vector.Load(dw + j) + Vector.Load(dyr + j) * Vector.Load(xr + j) * vr).Store(dw + j);
                for (; j < width; j++) dw[j] += dyr[j] * xr[j] * r;
            }
        }
    }
}
