namespace MoeLab.Engine.Inference;

/// <summary>One routed expert's SwiGLU matrices in float32, row-major: gate W1 (H, d), up W3 (H, d), down W2 (d, H).</summary>
public readonly record struct ExpertMatrices(ReadOnlyMemory<float> W1, ReadOnlyMemory<float> W3, ReadOnlyMemory<float> W2);

/// <summary>
/// Serves routed experts to the decoder. The decoder calls <see cref="Prepare"/> once per (token, layer) with the
/// whole top-k set before it computes any of them — a runtime knows the step's experts before it loads anything,
/// so it can look them all up at once, start every read, and wait only for what is missing — then asks for each
/// expert's matrices. The matrices of a prepared expert stay valid until the next <see cref="Prepare"/>.
/// </summary>
public interface IExpertSource
{
    /// <param name="layer">Decoder layer index.</param>
    /// <param name="experts">The step's routed experts (top-k, distinct).</param>
    /// <param name="hidden">The residual stream entering this layer's feed-forward block (d values), for
    /// speculative prefetching of the next layer by its router.</param>
    void Prepare(int layer, ReadOnlySpan<int> experts, ReadOnlySpan<float> hidden);

    ExpertMatrices Get(int layer, int expert);

    /// <summary>
    /// The order to compute the prepared experts in, as indices into <paramref name="experts"/>; the decoder sums
    /// their outputs in gate order whatever this order is, so it changes timing, never results. By default the
    /// routing order; a runtime puts experts already in memory first so their compute overlaps the others' reads.
    /// </summary>
    void ComputeOrder(int layer, ReadOnlySpan<int> experts, Span<int> order)
    {
        for (var i = 0; i < order.Length; i++) order[i] = i;
    }
}
