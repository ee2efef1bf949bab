using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Import;

/// <summary>
/// MoeLab's own spec file format: every <see cref="MoeSpec"/> field, snake_case, with a format version
/// (<c>moelab_spec_version</c>). Writing then reading gives an equal spec. Unknown keys inside the spec's
/// component objects are errors (they are typos); unknown top-level keys are ignored so that files such as
/// plans can carry their own metadata beside the spec. A file may also hold the spec under a top-level
/// <c>spec</c> member.
/// </summary>
public static class MoeSpecJson
{
    public const int FormatVersion = 1;
    public const string VersionKey = "moelab_spec_version";

    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    /// <summary>True when <paramref name="root"/> is (or wraps under <c>spec</c>) a MoeLab spec.</summary>
    public static bool IsSpec(JsonObject root) =>
        root.ContainsKey(VersionKey) || root["spec"] is JsonObject inner && inner.ContainsKey(VersionKey);

    public static string Write(MoeSpec spec) => ToJson(spec).ToJsonString(Indented);

    public static void WriteFile(string path, MoeSpec spec) => IO.OutputFile.At(path).WriteAllText(Write(spec) + "\n");

    public static MoeSpec Read(string text, string source) => Read(JsonFields.ParseObject(text, source));

    public static MoeSpec ReadFile(string path) => Read(JsonFields.ReadFile(path));

    public static JsonObject ToJson(MoeSpec s)
    {
        var a = s.Attention;
        return new JsonObject
        {
            [VersionKey] = FormatVersion,
            ["name"] = s.Name,
            ["vocab_size"] = s.VocabSize,
            ["hidden_size"] = s.HiddenSize,
            ["layers"] = s.Layers,
            ["context_length"] = s.ContextLength,
            ["tied_embeddings"] = s.TiedEmbeddings,
            ["lm_head_bias"] = s.LmHeadBias,
            ["attention"] = new JsonObject
            {
                ["query_heads"] = a.QueryHeads,
                ["kv_heads"] = a.KvHeads,
                ["head_dim"] = a.HeadDim,
                ["value_head_dim"] = a.ValueHeadDim,
                ["qkv_bias"] = a.QkvBias,
                ["output_bias"] = a.OutputBias,
                ["sinks"] = a.Sinks,
                ["qk_norm"] = a.QkNorm switch { QkNormKind.PerHead => "per_head", QkNormKind.FullWidth => "full_width", _ => "none" },
                ["kv_share_factor"] = a.KvShareFactor,
                ["sliding_window"] = a.SlidingWindow,
                ["sliding_window_layers"] = LayerSetToJson(a.SlidingWindowLayers),
                ["mla"] = a.Mla is { } m
                    ? new JsonObject { ["q_lora_rank"] = m.QueryLoraRank, ["kv_lora_rank"] = m.KvLoraRank, ["rope_head_dim"] = m.RopeHeadDim }
                    : null,
            },
            ["attention_layers"] = LayerSetToJson(s.AttentionLayers),
            ["mamba"] = s.Mamba is { } mb ? new JsonObject
            {
                ["state_size"] = mb.StateSize, ["conv_kernel"] = mb.ConvKernel, ["expand"] = mb.Expand, ["dt_rank"] = mb.DtRank,
                ["conv_bias"] = mb.ConvBias, ["proj_bias"] = mb.ProjBias, ["inner_norms"] = mb.InnerNorms,
            } : null,
            ["dense_ffn"] = s.DenseFfn is { } f ? FfnToJson(f) : null,
            ["moe_layers"] = LayerSetToJson(s.MoeLayers),
            ["experts"] = s.Experts is { } e ? new JsonObject
            {
                ["count"] = e.Count, ["top_k"] = e.TopK, ["width"] = e.Expert.Width, ["gated"] = e.Expert.Gated, ["bias"] = e.Expert.Bias,
            } : null,
            ["shared_experts"] = new JsonObject
            {
                ["count"] = s.SharedExperts.Count, ["width"] = s.SharedExperts.Expert.Width, ["gated"] = s.SharedExperts.Expert.Gated,
                ["bias"] = s.SharedExperts.Expert.Bias, ["scalar_gate"] = s.SharedExperts.ScalarGate,
            },
            ["router"] = new JsonObject { ["bias"] = s.Router.Bias },
            ["norms"] = new JsonObject
            {
                ["kind"] = s.Norms.Kind == NormKind.LayerNorm ? "layer_norm" : "rms_norm", ["bias"] = s.Norms.Bias, ["per_layer"] = s.Norms.PerLayer,
            },
            ["mtp"] = new JsonObject
            {
                ["modules"] = s.Mtp.Modules, ["stores_own_embedding"] = s.Mtp.StoresOwnEmbedding, ["stores_own_head"] = s.Mtp.StoresOwnHead,
            },
            ["precision"] = PrecisionToJson(s.Precision),
            ["kv_cache_format"] = s.KvCacheFormat.Name(),
        };
    }

    public static MoeSpec Read(JsonFields root)
    {
        var f = root.OptionalObject("spec") is { } inner && inner.Has(VersionKey) ? inner : root;
        var version = f.PositiveInt(VersionKey);
        if (version != FormatVersion)
            throw f.Error(VersionKey, $"this MoeLab reads spec format {FormatVersion}, the file has {version}; re-export it with a matching MoeLab");

        var a = f.Object("attention");
        a.RejectUnknownKeys("query_heads", "kv_heads", "head_dim", "value_head_dim", "qkv_bias", "output_bias", "sinks", "qk_norm",
            "kv_share_factor", "sliding_window", "sliding_window_layers", "mla");
        MlaSpec? mla = null;
        if (a.OptionalObject("mla") is { } m)
        {
            m.RejectUnknownKeys("q_lora_rank", "kv_lora_rank", "rope_head_dim");
            mla = new MlaSpec(m.NonNegativeIntOr(0, "q_lora_rank"), m.PositiveInt("kv_lora_rank"), m.NonNegativeIntOr(0, "rope_head_dim"));
        }
        var attention = new AttentionSpec
        {
            QueryHeads = a.PositiveInt("query_heads"),
            KvHeads = a.PositiveInt("kv_heads"),
            HeadDim = a.PositiveInt("head_dim"),
            ValueHeadDim = a.NonNegativeIntOr(0, "value_head_dim"),
            QkvBias = a.BoolOr(false, "qkv_bias"),
            OutputBias = a.BoolOr(false, "output_bias"),
            Sinks = a.BoolOr(false, "sinks"),
            QkNorm = a.StringOr("none", "qk_norm") switch
            {
                "none" => QkNormKind.None,
                "per_head" => QkNormKind.PerHead,
                "full_width" => QkNormKind.FullWidth,
                var other => throw a.Error("qk_norm", $"unknown value '{other}' (use none, per_head, full_width)"),
            },
            KvShareFactor = a.PositiveIntOr(1, "kv_share_factor"),
            SlidingWindow = a.NonNegativeIntOr(0, "sliding_window"),
            SlidingWindowLayers = LayerSetFromJson(a, "sliding_window_layers", LayerSet.None),
            Mla = mla,
        };

        FfnSpec? dense = null;
        if (f.OptionalObject("dense_ffn") is { } d)
        {
            d.RejectUnknownKeys("width", "gated", "bias");
            dense = new FfnSpec(d.PositiveInt("width"), d.BoolOr(true, "gated"), d.BoolOr(false, "bias"));
        }
        RoutedExpertsSpec? experts = null;
        if (f.OptionalObject("experts") is { } e)
        {
            e.RejectUnknownKeys("count", "top_k", "width", "gated", "bias");
            experts = new RoutedExpertsSpec(e.PositiveInt("count"), e.PositiveInt("top_k"),
                new FfnSpec(e.PositiveInt("width"), e.BoolOr(true, "gated"), e.BoolOr(false, "bias")));
        }
        var shared = SharedExpertsSpec.None;
        if (f.OptionalObject("shared_experts") is { } se)
        {
            se.RejectUnknownKeys("count", "width", "gated", "bias", "scalar_gate");
            shared = new SharedExpertsSpec(se.NonNegativeIntOr(0, "count"),
                new FfnSpec(se.NonNegativeIntOr(0, "width"), se.BoolOr(true, "gated"), se.BoolOr(false, "bias")), se.BoolOr(false, "scalar_gate"));
        }
        var router = RouterSpec.Plain;
        if (f.OptionalObject("router") is { } r)
        {
            r.RejectUnknownKeys("bias");
            router = new RouterSpec(r.BoolOr(false, "bias"));
        }
        var norms = NormSpec.RmsNorm;
        if (f.OptionalObject("norms") is { } n)
        {
            n.RejectUnknownKeys("kind", "bias", "per_layer");
            var kind = n.StringOr("rms_norm", "kind") switch
            {
                "rms_norm" => NormKind.RmsNorm,
                "layer_norm" => NormKind.LayerNorm,
                var other => throw n.Error("kind", $"unknown value '{other}' (use rms_norm, layer_norm)"),
            };
            norms = new NormSpec(kind, n.BoolOr(false, "bias"), n.NonNegativeIntOr(2, "per_layer"));
        }
        var mtp = MtpSpec.None;
        if (f.OptionalObject("mtp") is { } t)
        {
            t.RejectUnknownKeys("modules", "stores_own_embedding", "stores_own_head");
            mtp = new MtpSpec(t.NonNegativeIntOr(0, "modules"), t.BoolOr(false, "stores_own_embedding"), t.BoolOr(false, "stores_own_head"));
        }

        MambaSpec? mamba = null;
        if (f.OptionalObject("mamba") is { } mj)
        {
            mj.RejectUnknownKeys("state_size", "conv_kernel", "expand", "dt_rank", "conv_bias", "proj_bias", "inner_norms");
            mamba = new MambaSpec(mj.PositiveInt("state_size"), mj.PositiveInt("conv_kernel"), mj.PositiveInt("expand"), mj.PositiveInt("dt_rank"),
                mj.BoolOr(true, "conv_bias"), mj.BoolOr(false, "proj_bias"), mj.BoolOr(true, "inner_norms"));
        }

        var spec = new MoeSpec
        {
            Name = f.StringOr("", "name") ?? "",
            VocabSize = f.PositiveInt("vocab_size"),
            HiddenSize = f.PositiveInt("hidden_size"),
            Layers = f.PositiveInt("layers"),
            ContextLength = f.PositiveInt("context_length"),
            TiedEmbeddings = f.BoolOr(false, "tied_embeddings"),
            LmHeadBias = f.BoolOr(false, "lm_head_bias"),
            Attention = attention,
            AttentionLayers = LayerSetFromJson(f, "attention_layers", LayerSet.All),
            Mamba = mamba,
            DenseFfn = dense,
            MoeLayers = LayerSetFromJson(f, "moe_layers", LayerSet.All),
            Experts = experts,
            SharedExperts = shared,
            Router = router,
            Norms = norms,
            Mtp = mtp,
            Precision = PrecisionFromJson(f.OptionalObject("precision")),
            KvCacheFormat = f.Has("kv_cache_format") ? ParseFormat(f, "kv_cache_format", f.StringOr("bf16", "kv_cache_format")!) : NumberFormat.Bf16,
        };
        try
        {
            return spec.Validate();
        }
        catch (InvalidInputException ex) when (ex.Source is null)
        {
            throw new InvalidInputException(ex.Detail, f.Source, ex.Field is null ? null : f.FieldPath(ex.Field));
        }
    }

    private static JsonObject FfnToJson(FfnSpec f) => new() { ["width"] = f.Width, ["gated"] = f.Gated, ["bias"] = f.Bias };

    private static JsonNode LayerSetToJson(LayerSet set)
    {
        if (set.Explicit is { } list) return set.Equals(LayerSet.None) ? JsonValue.Create("none") : new JsonArray([.. list.Select(i => (JsonNode)i)]);
        if (set.Equals(LayerSet.All)) return JsonValue.Create("all");
        return new JsonObject
        {
            ["start"] = set.Start, ["period"] = set.Period, ["offset"] = set.Offset,
            ["except"] = new JsonArray([.. set.Except.Select(i => (JsonNode)i)]),
        };
    }

    private static LayerSet LayerSetFromJson(JsonFields parent, string name, LayerSet fallback)
    {
        var node = parent.Json[name];
        switch (node)
        {
            case null: return fallback;
            case JsonValue v when v.TryGetValue<string>(out var s):
                return s switch
                {
                    "all" => LayerSet.All,
                    "none" => LayerSet.None,
                    _ => throw parent.Error(name, $"unknown value '{s}' (use \"all\", \"none\", a list of layer indices, or {{start, period, offset, except}})"),
                };
            case JsonArray:
                return LayerSet.Only(parent.IntList(name));
            case JsonObject:
                var o = parent.Object(name);
                o.RejectUnknownKeys("start", "period", "offset", "except");
                return new LayerSet
                {
                    Start = o.NonNegativeIntOr(0, "start"),
                    Period = o.PositiveIntOr(1, "period"),
                    Offset = o.NonNegativeIntOr(0, "offset"),
                    Except = [.. o.IntList("except")],
                };
            default:
                throw parent.Error(name, $"expected \"all\", \"none\", a list or an object, got {JsonFields.Describe(node)}");
        }
    }

    private static JsonObject PrecisionToJson(PrecisionPlan plan)
    {
        var o = new JsonObject();
        foreach (var c in Enum.GetValues<ComponentClass>())
        {
            var p = plan.For(c);
            o[c.JsonName()] = p.GroupSize == 0
                ? JsonValue.Create(p.Format.Name())
                : new JsonObject { ["format"] = p.Format.Name(), ["group_size"] = p.GroupSize, ["scale_format"] = p.ScaleFormat.Name() };
        }
        return o;
    }

    private static PrecisionPlan PrecisionFromJson(JsonFields? f)
    {
        if (f is null) return PrecisionPlan.AllBf16;
        var names = Enum.GetValues<ComponentClass>().Select(c => c.JsonName()).ToArray();
        f.RejectUnknownKeys(names);
        WeightPrecision Get(ComponentClass c)
        {
            var key = c.JsonName();
            var node = f.Json[key];
            if (node is null) return WeightPrecision.Bf16;
            if (node is JsonValue v && v.TryGetValue<string>(out var s)) return WeightPrecisionParser.Parse(s, f.Source, f.FieldPath(key));
            var o = f.Object(key);
            o.RejectUnknownKeys("format", "group_size", "scale_format");
            return new WeightPrecision(
                ParseFormat(o, "format", o.StringOr(null, "format") ?? throw o.Error("format", "missing required field")),
                o.NonNegativeIntOr(0, "group_size"),
                ParseFormat(o, "scale_format", o.StringOr("fp32", "scale_format")!));
        }
        return new PrecisionPlan
        {
            Embeddings = Get(ComponentClass.Embeddings), Attention = Get(ComponentClass.Attention), DenseFfn = Get(ComponentClass.DenseFfn),
            RoutedExperts = Get(ComponentClass.RoutedExperts), SharedExperts = Get(ComponentClass.SharedExperts), Router = Get(ComponentClass.Router),
            Norms = Get(ComponentClass.Norms), LmHead = Get(ComponentClass.LmHead), Mtp = Get(ComponentClass.Mtp), Mamba = Get(ComponentClass.Mamba),
        };
    }

    private static NumberFormat ParseFormat(JsonFields f, string field, string text) =>
        WeightPrecisionParser.TryParseFormat(text, out var format) ? format
            : throw f.Error(field, $"unknown number format '{text}' (known: {string.Join(", ", Enum.GetValues<NumberFormat>().Select(x => x.Name()))})");
}
