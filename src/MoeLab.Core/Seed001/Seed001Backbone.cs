using MoeLab.Core.Specs;

namespace MoeLab.Core.Seed001;

/// <summary>
/// The settings seed 001 holds fixed while it searches shapes: N_e = 288 routed experts, K = 8, one shared
/// expert of the routed width, S = 8192, N_q = 16 and N_kv = 8 heads (N_q/N_kv = 2) of d_qkv = 128, vocabulary
/// 152,064, SwiGLU everywhere, dense FFN width d_d = 3d, dense layers first. Vary it with <c>with</c>
/// (no shared expert, other K or N_e, the dense limit N_e = K).
/// </summary>
public sealed record Seed001Backbone
{
    public int RoutedExperts { get; init; } = 288;
    public int TopK { get; init; } = 8;
    public int SharedExperts { get; init; } = 1;
    public int ContextLength { get; init; } = 8192;
    public int QueryHeads { get; init; } = 16;
    public int KvHeads { get; init; } = 8;
    public int HeadDim { get; init; } = 128;
    public int VocabSize { get; init; } = 152_064;

    /// <summary>d_d / d for the dense layers' FFN (3 in the paper).</summary>
    public int DenseWidthMultiplier { get; init; } = 3;

    public static readonly Seed001Backbone Paper = new();

    /// <summary>Attention weights per layer, P_attn = 2·d·d_qkv·(N_q + N_kv).</summary>
    public long AttentionParamsPerLayer(long hiddenSize) => 2L * hiddenSize * HeadDim * (QueryHeads + KvHeads);

    /// <summary>Experts active per token in a MoE layer: K routed + the shared ones (the paper's K + 1).</summary>
    public int ActiveExpertsPerMoeLayer => TopK + SharedExperts;

    /// <summary>
    /// The full spec of a shape in this backbone: <paramref name="denseLayers"/> dense layers first, then
    /// <paramref name="moeLayers"/> MoE layers with experts of width <paramref name="expertWidth"/>.
    /// </summary>
    public MoeSpec ToSpec(int hiddenSize, int denseLayers, int moeLayers, int expertWidth, string? name = null) => new()
    {
        Name = name ?? $"seed001-d{hiddenSize}-L{denseLayers + moeLayers}-dm{expertWidth}",
        VocabSize = VocabSize,
        HiddenSize = hiddenSize,
        Layers = denseLayers + moeLayers,
        Attention = AttentionSpec.Standard(QueryHeads, KvHeads, HeadDim),
        DenseFfn = new FfnSpec(DenseWidthMultiplier * hiddenSize),
        MoeLayers = LayerSet.FromLayer(denseLayers),
        Experts = new RoutedExpertsSpec(RoutedExperts, TopK, new FfnSpec(expertWidth)),
        SharedExperts = SharedExperts > 0 ? new SharedExpertsSpec(SharedExperts, new FfnSpec(expertWidth)) : SharedExpertsSpec.None,
        ContextLength = ContextLength,
    };
}
