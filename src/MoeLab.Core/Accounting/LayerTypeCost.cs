namespace MoeLab.Core.Accounting;

/// <summary>
/// Parameters and forward FLOPs per token of one kind of block, and its computational density (forward
/// FLOPs per stored parameter). Seed 001's point: MoE FFNs store many parameters per FLOP, attention at long
/// context spends many FLOPs per parameter, so FLOPs alone do not fix a model's size.
/// </summary>
/// <param name="Params">Stored parameters of one such block.</param>
/// <param name="ActiveParams">Parameters one token uses in it.</param>
/// <param name="ForwardFlopsPerToken">Forward FLOPs per token (causal attention scores at context S included for attention blocks).</param>
public readonly record struct LayerTypeCost(long Params, long ActiveParams, double ForwardFlopsPerToken)
{
    /// <summary>Forward FLOPs per token per stored parameter; 0 for an empty block.</summary>
    public double FlopsPerParam => Params == 0 ? 0.0 : ForwardFlopsPerToken / Params;
}
