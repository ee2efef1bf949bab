namespace MoeLab.Core.Specs;

/// <summary>The router of a MoE layer: a d × N_e linear map, optionally with a per-expert bias.</summary>
/// <param name="Bias">A per-expert bias (gpt-oss router bias; DeepSeek-V3's <c>e_score_correction_bias</c>).</param>
public sealed record RouterSpec(bool Bias = false)
{
    public static readonly RouterSpec Plain = new();
}
