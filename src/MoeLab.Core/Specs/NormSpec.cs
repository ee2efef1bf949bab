namespace MoeLab.Core.Specs;

public enum NormKind { RmsNorm, LayerNorm }

/// <summary>
/// The normalisation layers: <see cref="PerLayer"/> width-d norms in every block (2 for pre-norm
/// attention + FFN; Grok-1 uses 4) plus one final norm. LayerNorm may carry a bias.
/// QK-norms and MLA's low-rank norms belong to <see cref="AttentionSpec"/> but are counted as norms.
/// </summary>
public sealed record NormSpec(NormKind Kind = NormKind.RmsNorm, bool Bias = false, int PerLayer = 2)
{
    public static readonly NormSpec RmsNorm = new();

    /// <summary>Parameters of one norm over <paramref name="width"/> features.</summary>
    // BlockShape.Of calls this up to 7 times and is large enough that the JIT stops inlining on its own.
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    public long ParamsOf(long width) => Bias ? checked(2L * width) : width;
}
