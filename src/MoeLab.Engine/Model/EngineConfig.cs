using MoeLab.Core.Validation;

namespace MoeLab.Engine.Model;

/// <summary>
/// The shape of a decoder-only transformer the engine can train: RMSNorm, rotary, causal GQA attention, SwiGLU
/// feed-forward, and from layer <see cref="FirstDenseLayers"/> on (when <see cref="Experts"/> &gt; 0) MoE layers with
/// <see cref="Experts"/> routed experts of width <see cref="ExpertHidden"/>, top-<see cref="TopK"/> routing and
/// <see cref="SharedExperts"/> always-on experts of the same width. Byte-level vocabulary by default.
/// </summary>
public sealed record EngineConfig
{
    public int VocabSize { get; init; } = 256;
    public int ContextLength { get; init; } = 256;
    public int ModelDim { get; init; } = 128;
    public int Layers { get; init; } = 4;
    public int Heads { get; init; } = 4;
    public int KvHeads { get; init; } = 4;
    /// <summary>Width of one attention head; ModelDim / Heads unless set.</summary>
    public int HeadDim { get; init; }
    /// <summary>Hidden width of a dense SwiGLU layer (d_ff).</summary>
    public int DenseHidden { get; init; } = 384;
    /// <summary>The first layers that stay dense in an MoE model (DeepSeek's first_k_dense_replace).</summary>
    public int FirstDenseLayers { get; init; }
    /// <summary>Routed experts per MoE layer; 0 makes every layer dense.</summary>
    public int Experts { get; init; }
    public int TopK { get; init; } = 2;
    /// <summary>Hidden width of one routed (and one shared) expert.</summary>
    public int ExpertHidden { get; init; } = 384;
    public int SharedExperts { get; init; }
    public bool TiedEmbeddings { get; init; } = true;
    public double RopeTheta { get; init; } = 10000;
    public double NormEpsilon { get; init; } = 1e-5;
    /// <summary>
    /// Sections E of seed 002's sectional MoE block (<see cref="Layers.SectionalMoeLayer{T}"/>), used instead of the
    /// FFN from layer <see cref="FirstDenseLayers"/> on; 0 leaves it out. Each section's SwiGLU has hidden width
    /// DenseHidden / E, so the block is the block-diagonal version of the dense FFN it replaces (E = 1 is that FFN).
    /// Engine-side only: <see cref="MoeLab.Core.Specs.MoeSpec"/> has no sectional layer.
    /// </summary>
    public int SectionalExperts { get; init; }
    /// <summary>Whether the sectional block mixes its sections with a d×d projection after the merge.</summary>
    public bool SectionalMixing { get; init; }
    /// <summary>Heads of the sectional block's pre-expert causal self-attention (n' = n); 0 leaves it out.</summary>
    public int SectionalPreExpertHeads { get; init; }
    /// <summary>α of the Switch load-balancing loss.</summary>
    public double LoadBalanceCoef { get; init; } = 0.01;
    /// <summary>β of the router z-loss.</summary>
    public double RouterZLossCoef { get; init; } = 0.001;

    [System.Text.Json.Serialization.JsonIgnore]
    public int EffectiveHeadDim => HeadDim > 0 ? HeadDim : ModelDim / Heads;

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsMoe => Experts > 0;

    public bool IsMoeLayer(int layer) => IsMoe && layer >= FirstDenseLayers;

    /// <summary>
    /// Each routed and shared expert split <paramref name="granularity"/> ways (seed 000's and DeepSeekMoE's fine-grained
    /// experts): g·E experts of width h/g, top-g·k, g·S shared. Expert parameters, total and active, stay exactly the same;
    /// only the router grows (d·E·g weights instead of d·E). g = 1 returns this model.
    /// </summary>
    public EngineConfig WithExpertsSplit(int granularity)
    {
        Preconditions.Positive(granularity, "--granularity");
        if (granularity == 1) return this;
        Preconditions.That(IsMoe, "splitting experts needs an MoE model (this one is dense)", "--granularity");
        Preconditions.That(ExpertHidden % granularity == 0,
            $"granularity {granularity} must divide the expert width {ExpertHidden}", "--granularity");
        return this with
        {
            Experts = checked(Experts * granularity), TopK = checked(TopK * granularity),
            SharedExperts = checked(SharedExperts * granularity), ExpertHidden = ExpertHidden / granularity,
        };
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsSectional => SectionalExperts > 0;

    public bool IsSectionalLayer(int layer) => IsSectional && layer >= FirstDenseLayers;

    /// <summary>The sectional block's shape (null when the model has none).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public Layers.SectionalShape? SectionalShape => IsSectional
        ? new Layers.SectionalShape(ModelDim, SectionalExperts, DenseHidden / SectionalExperts, SectionalMixing, SectionalPreExpertHeads)
        : null;

    [System.Text.Json.Serialization.JsonIgnore]
    public int MoeLayerCount => IsMoe ? Math.Max(0, Layers - FirstDenseLayers) : 0;

    /// <summary>Expert granularity G = d_ff / d_expert (1 for a dense model).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public double Granularity => IsMoe ? (double)DenseHidden / ExpertHidden : 1.0;

    /// <summary>Throws <see cref="InvalidInputException"/> naming the first field that makes no sense.</summary>
    public EngineConfig Validated()
    {
        Preconditions.InRange(VocabSize, 2, 1 << 20, "vocab_size");
        Preconditions.InRange(ContextLength, 1, 1 << 16, "context_length");
        Preconditions.InRange(ModelDim, 2, 1 << 16, "model_dim");
        Preconditions.InRange(Layers, 1, 1024, "layers");
        Preconditions.InRange(Heads, 1, 1024, "heads");
        Preconditions.InRange(KvHeads, 1, Heads, "kv_heads");
        Preconditions.That(Heads % KvHeads == 0, $"heads ({Heads}) must be a multiple of kv_heads ({KvHeads})", "kv_heads");
        Preconditions.That(HeadDim > 0 || ModelDim % Heads == 0, $"model_dim ({ModelDim}) must divide by heads ({Heads}) unless head_dim is set", "heads");
        Preconditions.That(EffectiveHeadDim % 2 == 0, $"head dimension must be even for rotary, got {EffectiveHeadDim}", "head_dim");
        Preconditions.InRange(DenseHidden, 1, 1 << 20, "dense_hidden");
        Preconditions.InRange(Experts, 0, 4096, "experts");
        if (IsMoe)
        {
            Preconditions.InRange(TopK, 1, Experts, "top_k");
            Preconditions.InRange(ExpertHidden, 1, 1 << 20, "expert_hidden");
            Preconditions.InRange(SharedExperts, 0, 64, "shared_experts");
            Preconditions.InRange(FirstDenseLayers, 0, Layers, "first_dense_layers");
        }
        Preconditions.InRange(SectionalExperts, 0, ModelDim, "sectional_experts");
        if (IsSectional)
        {
            Preconditions.That(!IsMoe, "a model has either routed experts or sectional experts, not both", "sectional_experts");
            Preconditions.That(ModelDim % SectionalExperts == 0, $"sectional_experts ({SectionalExperts}) must divide model_dim ({ModelDim})", "sectional_experts");
            Preconditions.That(DenseHidden % SectionalExperts == 0, $"sectional_experts ({SectionalExperts}) must divide dense_hidden ({DenseHidden})", "sectional_experts");
            Preconditions.InRange(FirstDenseLayers, 0, Layers, "first_dense_layers");
            Preconditions.InRange(SectionalPreExpertHeads, 0, ModelDim, "sectional_pre_expert_heads");
            Preconditions.That(SectionalPreExpertHeads == 0 || ModelDim % SectionalPreExpertHeads == 0,
                $"sectional_pre_expert_heads ({SectionalPreExpertHeads}) must divide model_dim ({ModelDim})", "sectional_pre_expert_heads");
        }
        Preconditions.NonNegative(LoadBalanceCoef, "load_balance_coef");
        Preconditions.NonNegative(RouterZLossCoef, "router_z_loss_coef");
        Preconditions.Positive(RopeTheta, "rope_theta");
        Preconditions.Positive(NormEpsilon, "norm_epsilon");
        return this;
    }
}
