namespace MoeLab.Core.Specs;

/// <summary>
/// An immutable description of a decoder-only (MoE) transformer: enough to count every parameter, FLOP and
/// byte exactly. Layers are pre-norm blocks of attention followed by either a dense FFN or a MoE FFN
/// (<see cref="MoeLayers"/> says which). A dense model is a spec whose <see cref="MoeLayers"/> is
/// <see cref="LayerSet.None"/>. Build with object initialisers; call <see cref="Validate"/> on anything
/// that came from a user.
/// </summary>
public sealed partial record MoeSpec
{
    /// <summary>Display name (preset name or the file it came from).</summary>
    public string Name { get; init; } = "";

    /// <summary>Vocabulary size (rows of the embedding and of the LM head).</summary>
    public required int VocabSize { get; init; }

    /// <summary>Model width d (HF <c>hidden_size</c>).</summary>
    public required int HiddenSize { get; init; }

    /// <summary>Transformer blocks L (not counting MTP modules).</summary>
    public required int Layers { get; init; }

    public required AttentionSpec Attention { get; init; }

    /// <summary>The FFN of dense (non-MoE) layers; may be null only when every layer is MoE.</summary>
    public FfnSpec? DenseFfn { get; init; }

    /// <summary>Which layers carry a MoE FFN; the rest carry <see cref="DenseFfn"/>.</summary>
    public LayerSet MoeLayers { get; init; } = LayerSet.All;

    /// <summary>Routed experts of every MoE layer; may be null only when no layer is MoE.</summary>
    public RoutedExpertsSpec? Experts { get; init; }

    public SharedExpertsSpec SharedExperts { get; init; } = SharedExpertsSpec.None;

    public RouterSpec Router { get; init; } = RouterSpec.Plain;

    public NormSpec Norms { get; init; } = NormSpec.RmsNorm;

    /// <summary>The LM head reuses the input embedding matrix (counted once, under embeddings).</summary>
    public bool TiedEmbeddings { get; init; }

    /// <summary>A bias on the LM head (Phi-3.5-MoE).</summary>
    public bool LmHeadBias { get; init; }

    public MtpSpec Mtp { get; init; } = MtpSpec.None;

    /// <summary>Context length S in tokens used for attention-score FLOPs and KV-cache totals.</summary>
    public required int ContextLength { get; init; }

    public PrecisionPlan Precision { get; init; } = PrecisionPlan.AllBf16;

    /// <summary>Element format of the KV cache (bf16 unless set; fp8 KV caches are common in serving).</summary>
    public NumberFormat KvCacheFormat { get; init; } = NumberFormat.Bf16;

    /// <summary>Number of MoE layers (L_m).</summary>
    public int MoeLayerCount => Experts is null ? 0 : MoeLayers.Count(Layers);

    /// <summary>Number of dense layers (L_d).</summary>
    public int DenseLayerCount => Layers - MoeLayerCount;

    public bool IsLayerMoe(int layer) => Experts is not null && MoeLayers.Contains(layer);
}
