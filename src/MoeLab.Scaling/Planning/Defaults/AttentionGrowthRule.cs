namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>
/// How the attention grows beyond seed 001's largest budget (3e20, N_q/N_kv/d_qkv = 16/8/128), so that width
/// and depth both grow instead of depth absorbing all of it. Across the published MoE configs vendored in
/// ../shared/data/models (15 with a stated active count: OLMoE, Qwen1.5/3, DeepSeekMoE/V2-Lite/V3, Mixtral 8x7B/8x22B,
/// DBRX, Hunyuan-Large, Jamba, Phi-3.5-MoE, Llama-4-Scout, gpt-oss-120b, Granite), the attention width
/// N_q·d_qkv grows as N_a^0.41 (least squares of ln(N_q·d_qkv) on ln N_a; 2,048 at 1–3 B active, 4,096 at
/// 3–13 B, 6,144 at 36–39 B, 24,576 for DeepSeek-V3's MLA). With M/N_a slowly varying, N_a ∝ M_opt ∝ C^0.5437
/// (seed 001's Table 2 law), so N_q·d_qkv ∝ C^(0.41·0.5437) ≈ C^0.224. d_qkv stays 128 (11 of the 15 use 128;
/// so does seed 001 from 3e19 on), N_q is rounded to an even count and N_kv = N_q/2 keeps seed 001's N_q/N_kv = 2.
/// </summary>
public static class AttentionGrowthRule
{
    /// <summary>Slope of ln(N_q·d_qkv) on ln N_a over the published configs (see the class summary).</summary>
    public const double WidthPerActiveExponent = 0.41;

    /// <summary>Seed 001's M_opt = 0.04368·C^0.5437: N_a grows as C^0.5437 at a fixed M/N_a.</summary>
    public const double ActivePerComputeExponent = 0.5437;

    public static (int QueryHeads, int KvHeads, int HeadDim) Beyond(Table4Row anchor, double computeFlops)
    {
        var growth = Math.Pow(computeFlops / anchor.ComputeFlops, WidthPerActiveExponent * ActivePerComputeExponent);
        var width = anchor.QueryHeads * anchor.HeadDim * growth;
        var queryHeads = Math.Max(anchor.QueryHeads, 2 * (int)Math.Round(width / anchor.HeadDim / 2));
        return (queryHeads, queryHeads / 2, anchor.HeadDim);
    }
}
