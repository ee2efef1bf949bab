namespace MoeLab.Core.Specs;

/// <summary>
/// One feed-forward block (a dense FFN, or one expert). Gated (SwiGLU: gate, up, down = 3 matrices) or plain
/// (up, down = 2 matrices).
/// </summary>
/// <param name="Width">Intermediate width (HF <c>intermediate_size</c> / <c>moe_intermediate_size</c>).</param>
/// <param name="Gated">SwiGLU-style gate matrix present.</param>
/// <param name="Bias">Biases on every projection (gpt-oss experts).</param>
public sealed record FfnSpec(int Width, bool Gated = true, bool Bias = false)
{
    public int Matrices => Gated ? 3 : 2;

    /// <summary>Exact parameter count of this block at model width <paramref name="hiddenSize"/>.</summary>
    /// <exception cref="OverflowException">The count exceeds <see cref="long.MaxValue"/> (3 · 2³¹ · 2³¹ can).</exception>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long ParamsAt(int hiddenSize) =>
        checked((long)Matrices * hiddenSize * Width + (Bias ? (Gated ? 2L : 1L) * Width + hiddenSize : 0L));
}
