using System.Collections.Immutable;
using MoeLab.Core.Randomness;
using MoeLab.Core.Specs;

namespace MoeLab.Core.Tests.Accounting;

/// <summary>
/// Every integer field of a spec as a plain knob, so tests can push one field to a limit (<c>with</c>) and turn the
/// knobs into a valid <see cref="MoeSpec"/>. Covers standard and latent attention, cross-layer K/V sharing,
/// dense-first and periodic MoE layers, shared experts, MTP, Mamba hybrids and grouped precisions; not sliding
/// windows (their layer count is enumerated, so 2³¹ layers would be slow, and they change no parameter count).
/// </summary>
internal sealed record LimitShape
{
    public int Vocab { get; init; } = 32_000;
    public int Hidden { get; init; } = 4096;
    public int Layers { get; init; } = 32;
    public int Context { get; init; } = 4096;
    public int QueryHeads { get; init; } = 32;
    public int KvHeads { get; init; } = 8;
    public int HeadDim { get; init; } = 128;
    /// <summary>0 = equal to <see cref="HeadDim"/>.</summary>
    public int ValueHeadDim { get; init; }
    public bool QkvBias { get; init; }
    public bool OutputBias { get; init; }
    public bool Sinks { get; init; }
    public QkNormKind QkNorm { get; init; }
    public int KvShare { get; init; } = 1;
    /// <summary>Multi-head latent attention; then <see cref="KvHeads"/> is ignored and <see cref="HeadDim"/> = nope + <see cref="MlaRope"/>.</summary>
    public bool Mla { get; init; }
    public int MlaQueryRank { get; init; } = 1536;
    public int MlaKvRank { get; init; } = 512;
    public int MlaRope { get; init; } = 64;
    /// <summary>MoE layers are i ≥ FirstMoe with i mod MoePeriod = MoeOffset.</summary>
    public int FirstMoe { get; init; }
    public int MoePeriod { get; init; } = 1;
    public int MoeOffset { get; init; }
    public int DenseWidth { get; init; } = 14_336;
    public bool DenseGated { get; init; } = true;
    public int Experts { get; init; } = 8;
    public int TopK { get; init; } = 2;
    public int ExpertWidth { get; init; } = 14_336;
    public bool ExpertGated { get; init; } = true;
    public bool ExpertBias { get; init; }
    public int Shared { get; init; }
    public int SharedWidth { get; init; } = 1408;
    public bool SharedGate { get; init; }
    public bool RouterBias { get; init; }
    public int NormsPerLayer { get; init; } = 2;
    public bool NormBias { get; init; }
    public bool Tied { get; init; }
    public bool LmBias { get; init; }
    public int MtpModules { get; init; }
    public bool MtpOwnCopies { get; init; }
    /// <summary>Mamba hybrid: attention only at i mod AttentionPeriod = AttentionOffset.</summary>
    public bool Mamba { get; init; }
    public int AttentionPeriod { get; init; } = 8;
    public int AttentionOffset { get; init; } = 4;
    public int MambaState { get; init; } = 16;
    public int MambaConv { get; init; } = 4;
    public int MambaExpand { get; init; } = 2;
    public int MambaDtRank { get; init; } = 256;
    public bool MambaProjBias { get; init; }
    public bool MambaConvBias { get; init; } = true;
    public bool MambaInnerNorms { get; init; } = true;
    public WeightPrecision Matrices { get; init; } = WeightPrecision.Bf16;
    public WeightPrecision Rest { get; init; } = WeightPrecision.Bf16;
    public NumberFormat KvFormat { get; init; } = NumberFormat.Bf16;

    public MoeSpec ToSpec() => new MoeSpec
    {
        Name = "limit",
        VocabSize = Vocab,
        HiddenSize = Hidden,
        Layers = Layers,
        ContextLength = Context,
        Attention = (Mla
            ? AttentionSpec.Latent(QueryHeads, MlaQueryRank, MlaKvRank, HeadDim - MlaRope, MlaRope, ValueHeadDim == 0 ? HeadDim : ValueHeadDim)
            : AttentionSpec.Standard(QueryHeads, KvHeads, HeadDim) with { ValueHeadDim = ValueHeadDim, QkNorm = QkNorm, Sinks = Sinks, OutputBias = OutputBias })
            with { QkvBias = QkvBias, KvShareFactor = KvShare },
        AttentionLayers = Mamba ? LayerSet.Every(AttentionPeriod, AttentionOffset) : LayerSet.All,
        Mamba = Mamba ? new MambaSpec(MambaState, MambaConv, MambaExpand, MambaDtRank, MambaConvBias, MambaProjBias, MambaInnerNorms) : null,
        MoeLayers = LayerSet.Every(MoePeriod, MoeOffset, FirstMoe),
        DenseFfn = new FfnSpec(DenseWidth, DenseGated),
        Experts = new RoutedExpertsSpec(Experts, TopK, new FfnSpec(ExpertWidth, ExpertGated, ExpertBias)),
        SharedExperts = Shared == 0 ? SharedExpertsSpec.None : new SharedExpertsSpec(Shared, new FfnSpec(SharedWidth), SharedGate),
        Router = new RouterSpec(RouterBias),
        Norms = new NormSpec(NormBias ? NormKind.LayerNorm : NormKind.RmsNorm, NormBias, NormsPerLayer),
        TiedEmbeddings = Tied,
        LmHeadBias = LmBias,
        Mtp = new MtpSpec(MtpModules, MtpOwnCopies, MtpOwnCopies),
        Precision = PrecisionPlan.Uniform(Rest) with
        {
            Attention = Matrices, DenseFfn = Matrices, RoutedExperts = Matrices, SharedExperts = Matrices, Mtp = Matrices, Mamba = Matrices,
        },
        KvCacheFormat = KvFormat,
    }.Validate();

    /// <summary>
    /// Values a field is pushed to: 1, small, powers of two, the square and cube roots of 2⁶³ (where products of two
    /// or three fields cross the 64-bit limit), and int.MaxValue.
    /// </summary>
    public static readonly ImmutableArray<int> LimitValues =
        [1, 2, 3, 7, 64, 1000, 1 << 16, 2_097_151, 2_097_152, 1 << 24, 1 << 30, int.MaxValue - 1, int.MaxValue];

    /// <summary>A seeded random shape: every field from <see cref="LimitValues"/> or small, every toggle random.</summary>
    public static LimitShape Random(SplitMix64 rng)
    {
        int Pick(int small) => rng.NextInt(3) == 0 ? LimitValues[rng.NextInt(LimitValues.Length)] : 1 + rng.NextInt(small);
        bool Coin() => rng.NextInt(2) == 0;

        var layers = Pick(64);
        var queryHeads = Pick(64);
        var mla = rng.NextInt(4) == 0;
        var rope = Math.Min(Pick(64), int.MaxValue - 1);
        var headDim = mla ? rope + 1 + rng.NextInt(Math.Min(int.MaxValue - rope, 256)) : Pick(256);
        int[] kvChoices = [1, queryHeads, Divisor(queryHeads, rng)];
        var experts = Pick(256);
        var mamba = rng.NextInt(5) == 0;
        var attentionPeriod = mamba ? 1 + rng.NextInt(8) : 1;
        var moePeriod = 1 + rng.NextInt(3);
        return new LimitShape
        {
            Vocab = Pick(200_000),
            Hidden = Pick(8192),
            Layers = layers,
            Context = Pick(1 << 17),
            QueryHeads = queryHeads,
            KvHeads = kvChoices[rng.NextInt(kvChoices.Length)],
            HeadDim = headDim,
            ValueHeadDim = Coin() ? 0 : Pick(256),
            QkvBias = Coin(),
            OutputBias = Coin(),
            Sinks = Coin(),
            QkNorm = (QkNormKind)rng.NextInt(3),
            KvShare = rng.NextInt(4) == 0 ? Pick(4) : 1,
            Mla = mla,
            MlaQueryRank = Coin() ? 0 : Pick(2048),
            MlaKvRank = Pick(1024),
            MlaRope = rope,
            FirstMoe = rng.NextInt(3) == 0 ? rng.NextInt(Math.Min(layers, 8) + 1) : 0,
            MoePeriod = moePeriod,
            MoeOffset = rng.NextInt(moePeriod),
            DenseWidth = Pick(32_768),
            DenseGated = Coin(),
            Experts = experts,
            TopK = 1 + rng.NextInt(Math.Min(experts, 16)),
            ExpertWidth = Pick(16_384),
            ExpertGated = Coin(),
            ExpertBias = Coin(),
            Shared = Coin() ? 0 : Pick(4),
            SharedWidth = Pick(8192),
            SharedGate = Coin(),
            RouterBias = Coin(),
            NormsPerLayer = rng.NextInt(4) == 0 ? Pick(4) : 2,
            NormBias = Coin(),
            Tied = Coin(),
            LmBias = Coin(),
            MtpModules = rng.NextInt(4) == 0 ? Pick(3) : 0,
            MtpOwnCopies = Coin(),
            Mamba = mamba,
            AttentionPeriod = attentionPeriod,
            AttentionOffset = rng.NextInt(attentionPeriod),
            MambaState = Pick(64),
            MambaConv = Pick(8),
            MambaExpand = Pick(4),
            MambaDtRank = Pick(512),
            MambaProjBias = Coin(),
            MambaConvBias = Coin(),
            MambaInnerNorms = Coin(),
            Matrices = Precisions[rng.NextInt(Precisions.Length)],
            Rest = Precisions[rng.NextInt(Precisions.Length)],
            KvFormat = (NumberFormat)rng.NextInt(7),
        };
    }

    private static readonly WeightPrecision[] Precisions =
    [
        WeightPrecision.Bf16, WeightPrecision.Fp32, WeightPrecision.Fp8, WeightPrecision.Mxfp4, WeightPrecision.Fp8Block128,
        WeightPrecision.Int4(128), new(NumberFormat.Int4, 1, NumberFormat.Fp32), new(NumberFormat.Int8, 3, NumberFormat.Fp16),
    ];

    private static int Divisor(int n, SplitMix64 rng)
    {
        for (var tries = 0; tries < 8; tries++)
        {
            var candidate = 1 + rng.NextInt(Math.Min(n, 64));
            if (n % candidate == 0) return candidate;
        }
        return 1;
    }
}
