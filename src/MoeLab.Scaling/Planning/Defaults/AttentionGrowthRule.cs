namespace MoeLab.Scaling.Planning.Defaults;

/// <summary>
/// How the attention grows beyond seed 001's largest budget (3e20, N_q/N_kv/d_qkv = 16/8/128), so that width
/// and depth both grow instead of depth absorbing all of it. Published MoE models size the attention to the
/// model width: in the configs vendored in src/MoeLab.Core/Presets/Models, N_q·d_qkv = d in 10 of the 15 with a readable
/// attention (OLMoE, Qwen1.5-MoE, DeepSeekMoE, Mixtral 8x7B/8x22B, DBRX, Jamba, Phi-3.5-MoE, Llama-4-Scout, Granite;
/// Hunyuan-Large 80·80 = 6400 = d as well), median N_q·d_qkv/d = 1.0 (the others 1.4–3.4: gpt-oss, DeepSeek-V2-Lite/V3
/// with MLA, Qwen3-30B-A3B). Seed 001's own 3e20 configuration has 2048/1928 = 1.06. So the rule keeps
/// N_q·d_qkv proportional to d. At a fixed shape (width ratio, aspect d/L, M/N_a) N_a ∝ d³, and N_a ∝ M_opt ∝ C^0.5437
/// (seed 001's Table 2 law), so d, and the attention with it, grows as C^(0.5437/3) ≈ C^0.181.
/// (An earlier version fitted ln(N_q·d_qkv) on ln N_a across the configs, slope 0.41 — steeper than d's 1/3 because
/// of the MLA outliers — which made the attention outgrow d: 1.7·d at 1e26, where no shape in the width-ratio band
/// had a plausible aspect.) d_qkv stays 128 (11 of the 15 use 128; so does seed 001 from 3e19 on), N_q is rounded
/// to an even count and N_kv = N_q/2 keeps seed 001's N_q/N_kv = 2.
/// </summary>
public static class AttentionGrowthRule
{
    /// <summary>d ∝ N_a^(1/3) at a fixed shape, and N_q·d_qkv ∝ d as in published models.</summary>
    public const double WidthPerActiveExponent = 1.0 / 3.0;

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
