using System.Numerics;
using System.Numerics.Tensors;
using MoeLab.Engine.Kernels;

namespace MoeLab.Engine.Layers;

/// <summary>
/// Softmax cross-entropy over the vocabulary, mean over the N positions. Rows run in parallel in blocks of
/// <see cref="RowsPerTask"/> (a constant, so the blocks — and every row's rounding — are the same on every machine); each
/// row's loss lands in its own slot and the mean is summed in row order, so the result does not depend on threads.
/// </summary>
public static class CrossEntropy
{
    private const int RowsPerTask = 64;

    /// <summary>Turns logits (N, V) into probabilities in place and returns the mean loss in nats.</summary>
    /// <param name="rowLosses">(N) scratch: each row's loss.</param>
    public static double Forward<T>(Span<T> logitsToProbs, ReadOnlySpan<int> targets, int n, int v, Span<double> rowLosses)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (rowLosses.Length < n) throw new ArgumentException($"row-loss scratch holds {rowLosses.Length}, needs {n}");
        unsafe
        {
            fixed (T* p = logitsToProbs) fixed (int* t = targets) fixed (double* l = rowLosses)
            {
                var body = new ForwardRows<T> { Probs = p, Targets = t, Losses = l, N = n, V = v };
                WorkerTeam.For((n + RowsPerTask - 1) / RowsPerTask, ref body);
            }
        }
        var total = 0.0;
        for (var i = 0; i < n; i++) total += rowLosses[i];
        return total / n;
    }

    /// <summary>Writes dlogits (N, V) = (p − onehot(target)) · scale / N.</summary>
    public static void Backward<T>(Span<T> dlogits, ReadOnlySpan<T> probs, ReadOnlySpan<int> targets, int n, int v, double scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        unsafe
        {
            fixed (T* d = dlogits) fixed (T* p = probs) fixed (int* t = targets)
            {
                var body = new BackwardRows<T> { DLogits = d, Probs = p, Targets = t, N = n, V = v, Scale = T.CreateChecked(scale / n) };
                WorkerTeam.For((n + RowsPerTask - 1) / RowsPerTask, ref body);
            }
        }
    }

    private unsafe struct ForwardRows<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public T* Probs;
        public int* Targets;
        public double* Losses;
        public int N, V;

        public readonly void Run(int index)
        {
            var end = Math.Min(N, (index + 1) * RowsPerTask);
            for (var i = index * RowsPerTask; i < end; i++)
            {
                var row = new Span<T>(Probs + (long)i * V, V);
                var max = TensorPrimitives.Max<T>(row);
                TensorPrimitives.Subtract<T>(row, max, row);
                TensorPrimitives.Exp<T>(row, row);
                var inv = T.One / TensorPrimitives.Sum<T>(row);
                TensorPrimitives.Multiply<T>(row, inv, row);
                Losses[i] = -Math.Log(Math.Max(double.CreateTruncating(row[Targets[i]]), double.Epsilon));
            }
        }
    }

    private unsafe struct BackwardRows<T> : IIndexedWork where T : unmanaged, IFloatingPointIeee754<T>
    {
        public T* DLogits, Probs;
        public int* Targets;
        public int N, V;
        public T Scale;

        public readonly void Run(int index)
        {
            var end = Math.Min(N, (index + 1) * RowsPerTask);
            for (var i = index * RowsPerTask; i < end; i++)
            {
                var d = new Span<T>(DLogits + (long)i * V, V);
                TensorPrimitives.Multiply<T>(new ReadOnlySpan<T>(Probs + (long)i * V, V), Scale, d);
                d[Targets[i]] -= Scale;
            }
        }
    }
}
