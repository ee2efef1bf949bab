namespace MoeLab.Core.Specs;

/// <summary>
/// Always-active experts of one MoE layer. Their total width is <see cref="Count"/> × <see cref="Expert"/>.Width
/// (DeepSeek counts 2 shared experts of 1408; Qwen1.5-MoE has 1 of 5632 with a sigmoid gate).
/// </summary>
/// <param name="Count">Shared experts per MoE layer (0 = none).</param>
/// <param name="Expert">Shape of one shared expert.</param>
/// <param name="ScalarGate">A learned d→1 sigmoid gate on the shared output (Qwen2-MoE's <c>shared_expert_gate</c>).</param>
public sealed record SharedExpertsSpec(int Count, FfnSpec Expert, bool ScalarGate = false)
{
    public static readonly SharedExpertsSpec None = new(0, new FfnSpec(0));
}
