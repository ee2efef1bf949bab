using System.Numerics;

namespace MoeLab.Engine.Layers;

/// <summary>Token embedding lookup (byte-level vocabulary). No position embedding: positions come from rotary.</summary>
public static class Embedding
{
    /// <param name="x">(N, C) output rows, N = B·T.</param>
    /// <param name="tokens">(N) token ids.</param>
    /// <param name="wte">(V, C) embedding table.</param>
    public static void Forward<T>(Span<T> x, ReadOnlySpan<int> tokens, ReadOnlySpan<T> wte, int c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        var v = wte.Length / c;
        for (var n = 0; n < tokens.Length; n++)
        {
            var id = tokens[n];
            if ((uint)id >= (uint)v) throw new ArgumentOutOfRangeException(nameof(tokens), $"token {id} outside vocabulary of {v}");
            wte.Slice(id * c, c).CopyTo(x.Slice(n * c, c));
        }
    }

    /// <summary>Adds each row of dx into its token's row of dwte, in token order (deterministic).</summary>
    public static void Backward<T>(Span<T> dwte, ReadOnlySpan<T> dx, ReadOnlySpan<int> tokens, int c)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        for (var n = 0; n < tokens.Length; n++)
        {
            var row = dwte.Slice(tokens[n] * c, c);
            System.Numerics.Tensors.TensorPrimitives.Add(row, dx.Slice(n * c, c), row);
        }
    }
}
