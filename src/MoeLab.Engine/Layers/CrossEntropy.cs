using System.Numerics;

namespace MoeLab.Engine.Layers;

/// <summary>Softmax cross-entropy over the vocabulary, mean over the N positions.</summary>
public static class CrossEntropy
{
    /// <summary>Turns logits (N, V) into probabilities in place and returns the mean loss in nats.</summary>
    public static double Forward<T>(Span<T> logitsToProbs, ReadOnlySpan<int> targets, int n, int v)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var total = 0.0;
        for (var i = 0; i < n; i++)
        {
            var row = logitsToProbs.Slice(i * v, v);
            var max = T.NegativeInfinity;
            for (var j = 0; j < v; j++) if (row[j] > max) max = row[j];
            var sum = T.Zero;
            for (var j = 0; j < v; j++) { row[j] = T.Exp(row[j] - max); sum += row[j]; }
            var inv = T.One / sum;
            for (var j = 0; j < v; j++) row[j] *= inv;
            total -= Math.Log(Math.Max(double.CreateTruncating(row[targets[i]]), double.Epsilon));
        }
        return total / n;
    }

    /// <summary>Writes dlogits (N, V) = (p − onehot(target)) · scale / N.</summary>
    public static void Backward<T>(Span<T> dlogits, ReadOnlySpan<T> probs, ReadOnlySpan<int> targets, int n, int v, double scale)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var s = T.CreateChecked(scale / n);
        for (var i = 0; i < n; i++)
        {
            var p = probs.Slice(i * v, v);
            var d = dlogits.Slice(i * v, v);
            for (var j = 0; j < v; j++) d[j] = p[j] * s;
            d[targets[i]] -= s;
        }
    }
}
