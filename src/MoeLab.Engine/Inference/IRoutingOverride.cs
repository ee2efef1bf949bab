namespace MoeLab.Engine.Inference;

/// <summary>
/// Forced routing: supplies a token's experts and gate weights for a layer instead of the router's choice, e.g. to
/// replay a recorded routing trace through a model of the trace's shape. The decoder still computes the router's
/// own probabilities (E·d multiply-adds, small next to the experts) so a host can compare the two.
/// </summary>
public interface IRoutingOverride
{
    /// <param name="layer">Decoder layer index (an MoE layer).</param>
    /// <param name="position">Position of the token in the KV cache (0-based).</param>
    /// <param name="experts">Fill with top-k distinct expert indices (length = the model's top-k).</param>
    /// <param name="gates">Fill with the gate weight of each expert, same order (not renormalised by the decoder).</param>
    /// <returns>False to let the router decide for this (layer, token).</returns>
    bool TryRoute(int layer, int position, Span<int> experts, Span<float> gates);
}
