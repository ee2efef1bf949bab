using System.Numerics;
using MoeLab.Core.Accounting;
using MoeLab.Core.Randomness;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Accounting;

/// <summary>
/// Accounting at the limits of every integer field: each figure agrees with <see cref="BigAccount"/> (an
/// arbitrary-precision accountant written here) when it fits in 64 bits, and otherwise the spec is refused with
/// a message naming the fields; never a wrapped or negative number. Plus the invariants active ≤ total and
/// totals monotone in each field.
/// </summary>
public sealed class AccountingLimitTests
{
    /// <summary>Base shapes the directed cases push one field of: tiny, Mixtral-like, very wide, latent attention, Mamba hybrid.</summary>
    private static readonly (string Name, LimitShape Shape)[] Bases =
    [
        ("tiny", new LimitShape
        {
            Vocab = 1, Hidden = 1, Layers = 1, Context = 1, QueryHeads = 1, KvHeads = 1, HeadDim = 1, DenseWidth = 1,
            Experts = 1, TopK = 1, ExpertWidth = 1, NormsPerLayer = 1, MambaDtRank = 1,
        }),
        ("mixtral", new LimitShape()),
        ("wide", new LimitShape
        {
            Vocab = 256_000, Hidden = 65_536, Layers = 200, QueryHeads = 128, KvHeads = 16, Experts = 100_000, TopK = 8,
            ExpertWidth = 8192, FirstMoe = 3, Shared = 2, SharedWidth = 8192, RouterBias = true, Matrices = WeightPrecision.Fp32,
        }),
        ("latent", new LimitShape
        {
            Vocab = 129_280, Hidden = 7168, Layers = 61, QueryHeads = 128, HeadDim = 192, ValueHeadDim = 128, Mla = true,
            FirstMoe = 3, DenseWidth = 18_432, Experts = 256, TopK = 8, ExpertWidth = 2048, Shared = 1, SharedWidth = 2048,
            RouterBias = true, MtpModules = 1, MtpOwnCopies = true, Matrices = WeightPrecision.Fp8Block128,
        }),
        ("hybrid", new LimitShape
        {
            Vocab = 65_536, Hidden = 4096, Layers = 32, Mamba = true, MoePeriod = 2, MoeOffset = 1, Experts = 16, TopK = 2,
            Matrices = WeightPrecision.Int4(128), KvFormat = NumberFormat.Fp8,
        }),
    ];

    /// <summary>
    /// Every integer field and how to push it to a value while keeping the spec valid; the companions are the
    /// other fields the push must move too (e.g. experts.count rises with top_k).
    /// </summary>
    private static readonly Dictionary<string, Func<LimitShape, int, (LimitShape Shape, string[] Moved)?>> Fields = new()
    {
        ["vocab_size"] = (s, v) => (s with { Vocab = v }, ["vocab_size"]),
        ["hidden_size"] = (s, v) => (s with { Hidden = v }, ["hidden_size"]),
        ["layers"] = (s, v) => (s with { Layers = v, FirstMoe = Math.Min(s.FirstMoe, v) }, ["layers"]),
        ["context_length"] = (s, v) => (s with { Context = v }, ["context_length"]),
        ["attention.query_heads"] = (s, v) => (s with { QueryHeads = v, KvHeads = 1 }, ["attention.query_heads"]),
        ["attention.kv_heads"] = (s, v) => s.Mla ? null : (s with { QueryHeads = v, KvHeads = v }, ["attention.kv_heads", "attention.query_heads"]),
        ["attention.head_dim"] = (s, v) => (s with { HeadDim = v, MlaRope = Math.Min(s.MlaRope, v - 1) }, ["attention.head_dim"]),
        ["attention.value_head_dim"] = (s, v) => (s with { ValueHeadDim = v }, ["attention.value_head_dim"]),
        ["attention.kv_share_factor"] = (s, v) => (s with { KvShare = v }, ["attention.kv_share_factor"]),
        ["attention.mla.q_lora_rank"] = (s, v) => s.Mla ? (s with { MlaQueryRank = v }, ["attention.mla.q_lora_rank"]) : null,
        ["attention.mla.kv_lora_rank"] = (s, v) => s.Mla ? (s with { MlaKvRank = v }, ["attention.mla.kv_lora_rank"]) : null,
        ["attention.mla.rope_head_dim"] = (s, v) => s.Mla
            ? (s with { MlaRope = Math.Min(v, int.MaxValue - 1), HeadDim = Math.Max(s.HeadDim, Math.Min(v, int.MaxValue - 1) + 1) }, ["attention.mla.rope_head_dim", "attention.head_dim"])
            : null,
        ["moe_layers.start"] = (s, v) => (s with { FirstMoe = v }, ["moe_layers.start"]),
        ["moe_layers.period"] = (s, v) => (s with { MoePeriod = v, MoeOffset = 0 }, ["moe_layers.period"]),
        ["dense_ffn.width"] = (s, v) => (s with { DenseWidth = v }, ["dense_ffn.width"]),
        ["experts.count"] = (s, v) => (s with { Experts = v, TopK = Math.Min(s.TopK, v) }, ["experts.count"]),
        ["experts.top_k"] = (s, v) => (s with { TopK = v, Experts = Math.Max(s.Experts, v) }, ["experts.top_k", "experts.count"]),
        ["experts.width"] = (s, v) => (s with { ExpertWidth = v }, ["experts.width"]),
        ["shared_experts.count"] = (s, v) => (s with { Shared = v }, ["shared_experts.count"]),
        ["shared_experts.width"] = (s, v) => (s with { Shared = Math.Max(s.Shared, 1), SharedWidth = v }, ["shared_experts.width"]),
        ["norms.per_layer"] = (s, v) => (s with { NormsPerLayer = v }, ["norms.per_layer"]),
        ["mtp.modules"] = (s, v) => (s with { MtpModules = v }, ["mtp.modules"]),
        ["attention_layers.period"] = (s, v) => s.Mamba ? (s with { AttentionPeriod = v, AttentionOffset = 0 }, ["attention_layers.period"]) : null,
        ["mamba.state_size"] = (s, v) => s.Mamba ? (s with { MambaState = v }, ["mamba.state_size"]) : null,
        ["mamba.conv_kernel"] = (s, v) => s.Mamba ? (s with { MambaConv = v }, ["mamba.conv_kernel"]) : null,
        ["mamba.expand"] = (s, v) => s.Mamba ? (s with { MambaExpand = v }, ["mamba.expand"]) : null,
        ["mamba.dt_rank"] = (s, v) => s.Mamba ? (s with { MambaDtRank = v }, ["mamba.dt_rank"]) : null,
    };

    public static TheoryData<string> FieldNames() => [.. Fields.Keys];

    [Theory]
    [MemberData(nameof(FieldNames))]
    public void EachField_AtOneLimitsAndIntMax_IsExactOrRefusedNamingIt(string field)
    {
        var checkedCases = 0;
        foreach (var (baseName, shape) in Bases)
        {
            foreach (var value in LimitShape.LimitValues)
            {
                if (Fields[field](shape, value) is not { } pushed) continue;
                Check(pushed.Shape, $"{baseName} with {field} = {value}", pushed.Moved);
                checkedCases++;
            }
        }
        Assert.True(checkedCases >= LimitShape.LimitValues.Length, $"{field}: only {checkedCases} cases apply");
    }

    // The two figures of issue 15 §2: the counts that wrapped to -865 PB and 947 PB.
    [Fact]
    public void IssueFigures_AreExact()
    {
        var maxLayers = new LimitShape { Layers = int.MaxValue };
        var m = ModelAccountant.Account(maxLayers.ToSpec());
        Assert.Equal(3_026_418_948_183_687_168L, m.Params.Total.RoutedExperts);
        Assert.Equal(2 * 3_026_418_948_183_687_168L, m.Memory.Weights.RoutedExperts);

        var wide = new LimitShape { Layers = 200, Experts = 100_000, Hidden = 65_536, ExpertWidth = 1_000_000, QueryHeads = 64, HeadDim = 128 };
        var w = ModelAccountant.Account(wide.ToSpec());
        Assert.Equal(200L * 100_000 * 3 * 65_536 * 1_000_000, w.Params.Total.RoutedExperts);
        Assert.Equal(7_864_320_000_000_000_000L, w.Memory.Weights.RoutedExperts);
        Assert.Equal("7.86 EB", Core.Units.UnitFormat.BytesDecimal(w.Memory.WeightBytes));
        Check(maxLayers, "issue: 2³¹−1 layers", []);
        Check(wide, "issue: 200 layers × 100k experts × d 65536", []);
    }

    [Fact]
    public void AllFieldsAtIntMax_IsRefusedNamingFieldsAndTheLimit()
    {
        var shape = new LimitShape
        {
            Hidden = int.MaxValue, Layers = int.MaxValue, Experts = int.MaxValue, ExpertWidth = int.MaxValue, Vocab = int.MaxValue,
        };
        var e = Assert.Throws<InvalidInputException>(() => ModelAccountant.Account(shape.ToSpec()));
        Assert.Contains("9,223,372,036,854,775,807 (2⁶³ − 1)", e.Message);
        Assert.Contains("routed-expert parameters", e.Message);
        Assert.Contains("layers = 2,147,483,647", e.Message);
        Assert.Contains("experts.width = 2,147,483,647", e.Message);
        Assert.DoesNotContain("\n", e.Message);
    }

    // An all-Mamba model has no attention layer, so its attention total is 0, but one attention block (a reported
    // layer-type cost) is still 2⁶³: the refusal must name that block, not a total that fits.
    [Fact]
    public void OneBlockPastTheLimit_InAModelWithNoSuchLayer_NamesTheBlock()
    {
        var shape = new LimitShape
        {
            Mamba = true, Layers = 1, AttentionPeriod = 2, AttentionOffset = 1, Hidden = 2, QueryHeads = int.MaxValue, KvHeads = 1, HeadDim = int.MaxValue,
        };
        Assert.Equal(0, shape.ToSpec().AttentionLayerCount);
        var e = Assert.Throws<InvalidInputException>(() => ModelAccountant.Account(shape.ToSpec()));
        Assert.StartsWith("one layer's attention parameters (≈ 1.84×10¹⁹) exceed", e.Message);
        Assert.Contains("attention.query_heads = 2,147,483,647", e.Message);
        Check(shape, "attention block of an all-Mamba model", ["attention.query_heads"]);
    }

    [Fact]
    public void BytesPastTheLimit_WithParametersInside_NameThePrecision()
    {
        // 3.03·10¹⁸ routed parameters fit; in fp32 they are 12.1 EB, which does not.
        var shape = new LimitShape { Layers = int.MaxValue, Matrices = WeightPrecision.Fp32 };
        var spec = shape.ToSpec();
        Assert.Equal(3_026_418_948_183_687_168L, ModelAccountant.Parameters(spec).Total.RoutedExperts);
        var e = Assert.Throws<InvalidInputException>(() => ModelAccountant.Account(spec));
        Assert.Contains("routed-expert weights: 3,026,418,948,183,687,168 parameters in fp32", e.Message);
        Assert.Contains("smaller precision", e.Message);
    }

    [Fact]
    public void KvCache_PastTheLimit_IsRefusedNamingBatchAndContext()
    {
        var a = ModelAccountant.Account(new LimitShape { Layers = int.MaxValue }.ToSpec());
        Assert.True(new BigAccount(new LimitShape { Layers = int.MaxValue }).KvCacheBytes(1, 4096) == a.Memory.KvCacheBytesAtContext(1));
        var e = Assert.Throws<InvalidInputException>(() => a.Memory.KvCacheBytes(1_000_000_000, int.MaxValue));
        Assert.Contains("1,000,000,000 sequence(s) × 2,147,483,647 tokens", e.Message);
        Assert.Contains("context_length", e.Message);
    }

    /// <summary>Seeded random shapes: every field small or at a limit value, every toggle random.</summary>
    [Fact]
    public void RandomShapesAtTheLimits_AreExactOrRefused()
    {
        var rng = SplitMix64.ForStream(seed: 15, stream: 2);
        int exact = 0, refused = 0;
        for (var i = 0; i < 4000; i++)
        {
            var shape = LimitShape.Random(rng);
            if (Check(shape, $"random shape #{i}", []) == Outcome.Exact) exact++;
            else refused++;
        }
        // Both outcomes must be exercised, or the generator has drifted away from the limits.
        Assert.InRange(exact, 400, 3600);
        Assert.InRange(refused, 400, 3600);
    }

    public static TheoryData<string> MonotoneFields() =>
    [
        "vocab_size", "hidden_size", "layers", "attention.query_heads", "attention.head_dim", "attention.value_head_dim",
        "attention.mla.kv_lora_rank", "dense_ffn.width", "experts.count", "experts.top_k", "experts.width",
        "shared_experts.count", "shared_experts.width", "norms.per_layer", "mtp.modules", "mamba.state_size",
        "mamba.conv_kernel", "mamba.expand", "mamba.dt_rank",
    ];

    /// <summary>
    /// Growing any size field never lowers a total (parameters, active parameters, weight bytes), and a spec that
    /// is refused stays refused as it grows.
    /// </summary>
    [Theory]
    [MemberData(nameof(MonotoneFields))]
    public void Totals_AreMonotoneInEachField(string field)
    {
        // A stream per field, fixed across runs (string.GetHashCode is randomised per process).
        var rng = SplitMix64.ForStream(seed: 15, stream: field.Aggregate(17L, (h, c) => h * 31 + c));
        var compared = 0;
        for (var i = 0; i < 400; i++)
        {
            var shape = LimitShape.Random(rng);
            var current = Value(shape, field);
            if (current is null || current == int.MaxValue) continue;
            var grown = (int)Math.Min(int.MaxValue, Math.Max(current.Value + 1, 2L * current.Value));
            // Query heads double so the KV heads still divide them; every other field moves alone.
            var larger = field == "attention.query_heads" ? shape with { QueryHeads = grown = (int)Math.Min(int.MaxValue, 2L * current.Value) }
                : Fields[field](shape, grown)!.Value.Shape;
            if (field == "attention.query_heads" && grown % shape.KvHeads != 0) continue;
            var before = TryAccount(shape.ToSpec());
            var after = TryAccount(larger.ToSpec());
            if (before is null)
            {
                Assert.True(after is null, $"{field} {current} → {grown} turned a refused spec into an accepted one");
                continue;
            }
            if (after is not { } a) continue;
            var b = before.Value;
            // An MTP module copies the MoE layer's shape, or the dense layer's when the model has no MoE layer, so the
            // layer that turns a dense-only model into a MoE one may shrink the MTP modules; the main model still grows.
            var mtp = field == "layers" ? 1 : 0;
            Assert.True(a.Params.TotalParams - mtp * a.Params.Total.Mtp >= b.Params.TotalParams - mtp * b.Params.Total.Mtp,
                $"{field} {current} → {grown}: total {b.Params.TotalParams} → {a.Params.TotalParams}");
            Assert.True(a.Params.ActiveParamsPerToken - mtp * a.Params.Active.Mtp >= b.Params.ActiveParamsPerToken - mtp * b.Params.Active.Mtp,
                $"{field} {current} → {grown}: active fell");
            Assert.True(a.Memory.WeightBytes - mtp * a.Memory.Weights.Mtp >= b.Memory.WeightBytes - mtp * b.Memory.Weights.Mtp,
                $"{field} {current} → {grown}: weight bytes fell");
            compared++;
        }
        Assert.True(compared >= 20, $"{field}: only {compared} accepted pairs compared");
    }

    private enum Outcome { Exact, Refused }

    /// <summary>
    /// The property itself. Accepted: every figure equals the big-integer one, active ≤ total, nothing negative.
    /// Refused: only when some figure does not fit, with one line naming the limit and at least one field that was
    /// pushed (or, for random shapes, any field with its value).
    /// </summary>
    private static Outcome Check(LimitShape shape, string what, string[] moved)
    {
        var spec = shape.ToSpec();
        var expected = new BigAccount(shape);
        ModelAccounting a;
        try
        {
            a = ModelAccountant.Account(spec);
        }
        catch (InvalidInputException e)
        {
            Assert.False(expected.AllReportedFit, $"{what}: refused although every figure fits: {e.Message}");
            AssertNamesTheLimitAndAField(e.Message, what, moved);
            CheckParametersAlone(spec, expected, what);
            return Outcome.Refused;
        }
        Assert.True(expected.AllReportedFit, $"{what}: accepted although a figure passes 2⁶³ − 1");

        foreach (var c in Enum.GetValues<ComponentClass>())
        {
            Same(expected.Total[c], a.Params.Total[c], $"{what}: {c} total");
            Same(expected.Active[c], a.Params.Active[c], $"{what}: {c} active");
            Same(expected.Bytes[c], a.Memory.Weights[c], $"{what}: {c} bytes");
            Assert.True(a.Params.Active[c] <= a.Params.Total[c], $"{what}: {c} active exceeds total");
        }
        Same(expected.TotalSum, a.Params.TotalParams, $"{what}: total params");
        Same(expected.ActiveSum, a.Params.ActiveParamsPerToken, $"{what}: active params");
        Same(expected.BytesSum, a.Memory.WeightBytes, $"{what}: weight bytes");
        Same(expected.RoutedExpertBytes, a.Memory.RoutedExpertBytes, $"{what}: one routed expert");
        Same(expected.MambaStateBytes, a.Memory.MambaStateBytesPerSequence, $"{what}: Mamba state");
        Same(expected.KvElementsPerTokenPerLayer, a.Memory.KvElementsPerTokenPerLayer, $"{what}: KV elements");
        Same(expected.PaperActive, a.PaperTriad.ActiveParams, $"{what}: paper N_a");
        Same(expected.PaperTotal, a.PaperTriad.TotalParams, $"{what}: paper N");
        // The accountant doubles an exact 64-bit sum in floating point; so does this (the sum is even, halving is exact).
        Assert.Equal(2.0 * (double)(long)(expected.MatmulFlops / 2), a.Flops.MatmulFlopsPerToken);
        var f = a.Flops;
        foreach (var (name, block) in new[]
        {
            ("attention block", f.AttentionBlock.Params), ("dense FFN block", f.DenseFfnBlock.Params), ("MoE block", f.MoeFfnBlock.Params),
            ("MoE block, active", f.MoeFfnBlock.ActiveParams), ("dense layer", f.DenseLayer.Params), ("MoE layer", f.MoeLayer.Params),
            ("MoE layer, active", f.MoeLayer.ActiveParams), ("LM head", f.LmHead.Params), ("Mamba mixer", f.MambaBlock.Params),
        })
            Same(expected.Blocks[name], block, $"{what}: {name}");
        Assert.True(double.IsFinite(f.TrainingFlopsPerToken) && f.TrainingFlopsPerToken >= 0, what);
        Assert.True(a.Params.ActiveParamsPerToken <= a.Params.TotalParams, what);

        // KV-cache figures are computed on request: exact, or refused naming the context.
        ExactOrRefused(() => a.Memory.KvCacheBytesPerToken, expected.KvBytesPerToken, $"{what}: KV per token");
        ExactOrRefused(() => a.Memory.KvCacheBytesAtContext(1), expected.KvCacheBytes(1, shape.Context), $"{what}: KV at context");
        CheckParametersAlone(spec, expected, what);
        return Outcome.Exact;
    }

    /// <summary>
    /// The cheaper entry points (parameters only, the paper triad) never return a wrong figure: exact when they
    /// answer, refusing whenever their own figures do not fit, and answering whenever every figure fits.
    /// </summary>
    private static void CheckParametersAlone(MoeSpec spec, BigAccount expected, string what)
    {
        try
        {
            var p = ModelAccountant.Parameters(spec);
            Assert.True(expected.ParametersFit, $"{what}: Parameters accepted a total past 2⁶³ − 1");
            Assert.True(expected.TotalSum == p.TotalParams && expected.ActiveSum == p.ActiveParamsPerToken, $"{what}: Parameters differ");
        }
        catch (InvalidInputException e)
        {
            Assert.False(expected.AllReportedFit, $"{what}: Parameters refused although every figure fits: {e.Message}");
            Assert.Contains("2⁶³ − 1", e.Message);
        }

        try
        {
            var triad = Seed001Triad.PaperConvention(spec);
            Assert.True(expected.PaperActive <= BigAccount.Limit && expected.PaperTotal <= BigAccount.Limit, $"{what}: paper triad accepted past 2⁶³ − 1");
            Assert.True(expected.PaperActive == triad.ActiveParams && expected.PaperTotal == triad.TotalParams, $"{what}: paper triad differs");
        }
        catch (InvalidInputException e)
        {
            Assert.False(expected.AllReportedFit, $"{what}: paper triad refused although every figure fits: {e.Message}");
        }
    }

    private static void Same(BigInteger expected, long actual, string what) =>
        Assert.True(expected == actual, $"{what}: {actual}, expected {expected}");

    private static void ExactOrRefused(Func<long> figure, BigInteger expected, string what)
    {
        if (expected <= BigAccount.Limit)
        {
            Assert.True(expected == figure(), $"{what}: expected {expected}");
            return;
        }
        var e = Assert.Throws<InvalidInputException>(() => figure());
        Assert.Contains("context_length", e.Message);
        Assert.Contains("2⁶³ − 1", e.Message);
    }

    private static void AssertNamesTheLimitAndAField(string message, string what, string[] moved)
    {
        Assert.Contains("2⁶³ − 1", message);
        Assert.DoesNotContain("\n", message);
        Assert.DoesNotMatch(@"-\d", message);
        if (moved.Length > 0)
            Assert.True(moved.Any(f => message.Contains($"{f} = ", StringComparison.Ordinal)),
                $"{what}: the refusal names none of {string.Join(", ", moved)}: {message}");
        else
            Assert.Matches(@"[a-z_.]+ = [0-9,]+", message);
    }

    private static ModelAccounting? TryAccount(MoeSpec spec)
    {
        try
        {
            return ModelAccountant.Account(spec);
        }
        catch (InvalidInputException)
        {
            return null;
        }
    }

    private static long? Value(LimitShape s, string field) => field switch
    {
        "vocab_size" => s.Vocab,
        "hidden_size" => s.Hidden,
        "layers" => s.Layers,
        "attention.query_heads" => s.QueryHeads,
        "attention.head_dim" => s.HeadDim,
        "attention.value_head_dim" => s.ValueHeadDim == 0 ? s.HeadDim : s.ValueHeadDim,
        "attention.mla.kv_lora_rank" => s.Mla ? s.MlaKvRank : null,
        "dense_ffn.width" => s.DenseWidth,
        "experts.count" => s.Experts,
        "experts.top_k" => s.TopK,
        "experts.width" => s.ExpertWidth,
        "shared_experts.count" => s.Shared,
        "shared_experts.width" => s.Shared > 0 ? s.SharedWidth : null,
        "norms.per_layer" => s.NormsPerLayer,
        "mtp.modules" => s.MtpModules,
        "mamba.state_size" => s.Mamba ? s.MambaState : null,
        "mamba.conv_kernel" => s.Mamba ? s.MambaConv : null,
        "mamba.expand" => s.Mamba ? s.MambaExpand : null,
        "mamba.dt_rank" => s.Mamba ? s.MambaDtRank : null,
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };
}
