namespace MoeLab.Core.Specs;

/// <summary>The routed experts of one MoE layer: <see cref="Count"/> experts, <see cref="TopK"/> used per token.</summary>
/// <param name="Count">Routed experts per MoE layer (N_e).</param>
/// <param name="TopK">Experts selected per token (K).</param>
/// <param name="Expert">Shape of one expert.</param>
public sealed record RoutedExpertsSpec(int Count, int TopK, FfnSpec Expert);
