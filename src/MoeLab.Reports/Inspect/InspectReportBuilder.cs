using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Core.Accounting;
using MoeLab.Core.Import;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;
using MoeLab.Core.Units;
using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Inspect;

/// <summary>
/// Builds the `moelab inspect` report: for one model, its parameter breakdown under every counting
/// convention, seed 001's triad, FLOPs, layer-type densities, memory by precision and the KV cache; for
/// several, the same per model after a side-by-side comparison.
/// </summary>
public sealed class InspectReportBuilder
{
    private readonly InspectRequest _request;
    private readonly string _commandLine;

    public InspectReportBuilder(InspectRequest request, string commandLine)
    {
        _request = request;
        _commandLine = commandLine;
    }

    public Report Build()
    {
        var models = _request.Resolve();
        var accounted = models.Select(m => (Model: m, A: About(m, () => ModelAccountant.Account(m.Spec)))).ToList();
        var blocks = new List<ReportBlock>();
        var warnings = new List<ReportWarning>();

        if (accounted.Count > 1)
        {
            blocks.Add(Comparison(accounted, SideBySideTitle));
            blocks.Add(ParamsChart(accounted));
        }
        foreach (var (model, a) in accounted)
        {
            var prefix = accounted.Count > 1 ? $"{model.Spec.Name}: " : "";
            blocks.Add(Summary(prefix, model));
            if (accounted.Count == 1) blocks.Add(Comparison(accounted, AtAGlanceTitle));
            blocks.Add(Breakdown(prefix, model.Spec, a));
            blocks.Add(Conventions(prefix, model, a));
            blocks.Add(Triad(prefix, model.Spec, a));
            blocks.Add(Flops(prefix, model.Spec, a));
            blocks.Add(LayerTypes(prefix, a));
            blocks.Add(MemoryByPrecision(prefix, model.Spec, a));
            blocks.Add(About(model, () => KvCache(prefix, model.Spec, a)));
            if (model.Published?.Notes is { } notes) blocks.Add(new Note($"{prefix}Reference-data notes", notes));
            warnings.AddRange(Warnings(model));
        }
        blocks.Add(new Note("How MoeLab counts", CountingNote));

        var title = accounted.Count == 1
            ? $"{accounted[0].Model.Spec.Name} — parameters, FLOPs and memory"
            : $"{string.Join(" vs ", accounted.Select(x => x.Model.Spec.Name))} — side by side";
        var inputs = models.Select((m, i) => new KeyValuePair<string, string>($"model {i + 1}", m.Source)).ToList();
        inputs.Add(new("batch", _request.Batch.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (_request.ContextLength is { } s) inputs.Add(new("context override", s.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        if (_request.WeightPrecision is { } p) inputs.Add(new("weight precision override", p));
        if (_request.KvCacheFormat is { } kv) inputs.Add(new("KV-cache format override", kv));

        var data = new JsonObject
        {
            ["batch"] = _request.Batch,
            ["models"] = new JsonArray([.. accounted.Select(x => (JsonNode)About(x.Model, () => InspectJson.Model(x.Model, x.A, _request.Batch)))]),
        };
        return new Report(title, new ReportContext(_commandLine, inputs), blocks, warnings, data);
    }

    /// <summary>Runs one model's accounting step, locating a refusal (a count too large to be exact) in the model's file.</summary>
    private static T About<T>(ImportedModel model, Func<T> step)
    {
        try
        {
            return step();
        }
        catch (InvalidInputException e) when (e.Source is null)
        {
            throw e.InFile(model.Source);
        }
    }

    private static Cell Count(double value) => new(UnitFormat.Count(value), value);
    private static Cell Flop(double value) => new(UnitFormat.Flops(value), value);
    private static Cell Bytes(double value) => new(UnitFormat.BytesDecimal(value), value);
    private static Cell BytesBinary(double value) => new(UnitFormat.BytesBinary(value), value);
    private static Cell Ratio(double value, int digits = 3) => new(UnitFormat.Significant(value, digits), value);

    private const string SideBySideTitle = "Side by side";
    private const string AtAGlanceTitle = "At a glance";

    private static Table Comparison(IReadOnlyList<(ImportedModel Model, ModelAccounting A)> models, string title)
    {
        var columns = new List<Column> { new("Quantity"), new("Unit") };
        columns.AddRange(models.Select(m => new Column(m.Model.Spec.Name, Numeric: true)));
        var rows = new List<IReadOnlyList<Cell>>();
        void Row(string label, string unit, Func<ModelAccounting, Cell> cell) =>
            rows.Add([label, unit, .. models.Select(m => cell(m.A))]);
        Row("Total params", "params", a => Count(a.Params.TotalParams));
        Row("Active params per token", "params", a => Count(a.Params.ActiveParamsPerToken));
        Row("Total, non-embedding (no embedding, no LM head)", "params", a => Count(a.Params.TotalParamsExcludingEmbeddingsAndLmHead));
        Row("Active, non-embedding", "params", a => Count(a.Params.ActiveParamsPerTokenExcludingEmbeddingsAndLmHead));
        Row("Active / total (excl. MTP)", "ratio", a => Ratio(a.Params.ActiveFractionExcludingMtp));
        Row("Forward FLOPs per token (causal, at S)", "FLOPs", a => Flop(a.Flops.ForwardFlopsPerToken));
        Row("Training FLOPs per token", "FLOPs", a => Flop(a.Flops.TrainingFlopsPerToken));
        Row("Context length S", "tokens", a => new Cell(UnitFormat.Exact(a.Spec.ContextLength), a.Spec.ContextLength));
        Row("Weight bytes", "bytes", a => Bytes(a.Memory.WeightBytes));
        Row("One routed expert", "bytes", a => Bytes(a.Memory.RoutedExpertBytes));
        Row("KV cache per token", "bytes", a => Bytes(a.Memory.KvCacheBytesPerToken));
        Row("Layers (dense + MoE)", "layers", a => new Cell($"{a.Spec.DenseLayerCount} + {a.Spec.MoeLayerCount}", a.Spec.Layers));
        Row("Routed experts (top-k)", "experts", a => a.Spec.Experts is { } e ? new Cell($"{e.Count} (top-{e.TopK})", e.Count) : new Cell("—"));
        return new Table(title, columns, rows,
            "Each column counted under the same conventions; see each model's convention table for the others.");
    }

    private static Chart ParamsChart(IReadOnlyList<(ImportedModel Model, ModelAccounting A)> models)
    {
        var values = new JsonArray();
        foreach (var (model, a) in models)
        {
            values.Add(new JsonObject { ["model"] = model.Spec.Name, ["kind"] = "total", ["params"] = a.Params.TotalParams });
            values.Add(new JsonObject { ["model"] = model.Spec.Name, ["kind"] = "active per token", ["params"] = a.Params.ActiveParamsPerToken });
        }
        // Total includes active, so the two bars of a model stand side by side (grouped), never stacked: a stack would
        // draw total + active, and Vega-Lite cannot stack on a log scale anyway (it warns and stacks nothing).
        var kinds = new JsonArray("total", "active per token");
        var spec = new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["title"] = "Total and active parameters",
            ["width"] = VegaLite.ContainerWidth,
            ["height"] = VegaLite.DefaultHeight,
            ["data"] = new JsonObject { ["values"] = values },
            ["mark"] = new JsonObject { ["type"] = "bar", ["tooltip"] = true },
            ["encoding"] = new JsonObject
            {
                ["x"] = new JsonObject
                {
                    ["field"] = "model", ["type"] = "nominal", ["title"] = "model",
                    ["sort"] = new JsonArray([.. models.Select(m => (JsonNode)m.Model.Spec.Name)]),
                    ["axis"] = new JsonObject { ["labelAngle"] = -30 },
                },
                ["xOffset"] = new JsonObject { ["field"] = "kind", ["type"] = "nominal", ["sort"] = kinds.DeepClone() },
                ["y"] = new JsonObject
                {
                    ["field"] = "params", ["type"] = "quantitative", ["title"] = "parameters (params)", ["stack"] = null,
                    ["scale"] = new JsonObject { ["type"] = "log" }, ["axis"] = new JsonObject { ["format"] = "~s" },
                },
                ["color"] = new JsonObject { ["field"] = "kind", ["type"] = "nominal", ["title"] = "count", ["sort"] = kinds },
            },
        };
        return new Chart("Total and active parameters (log scale)", spec);
    }

    private static KeyValues Summary(string prefix, ImportedModel model)
    {
        var s = model.Spec;
        var a = s.Attention;
        var attention = a.Kind switch
        {
            AttentionKind.Mla => $"MLA, {a.QueryHeads} heads, q rank {(a.Mla!.QueryLoraRank == 0 ? "full" : a.Mla.QueryLoraRank.ToString(System.Globalization.CultureInfo.InvariantCulture))}, kv rank {a.Mla.KvLoraRank}, head dim {a.HeadDim - a.Mla.RopeHeadDim}+{a.Mla.RopeHeadDim} (v {a.EffectiveValueHeadDim})",
            var kind => $"{kind.ToString().ToUpperInvariant()}, {a.QueryHeads} query / {a.KvHeads} KV heads × {a.HeadDim}",
        };
        if (a.SlidingWindow > 0) attention += $"; sliding window {a.SlidingWindow} on {a.SlidingWindowLayers.Count(s.Layers)} layers";
        if (a.KvShareFactor > 1) attention += $"; K/V shared across {a.KvShareFactor} layers";
        var items = new List<KeyValuePair<string, string>>
        {
            new("Source", model.Source + (model.ModelType is null ? "" : $" (model_type {model.ModelType})")),
            new("Width d / vocabulary", $"{s.HiddenSize} / {UnitFormat.Exact(s.VocabSize)}{(s.TiedEmbeddings ? " (tied embeddings)" : "")}"),
            new("Layers", $"{s.Layers}: {s.DenseLayerCount} dense, {s.MoeLayerCount} MoE (MoE layers: {s.MoeLayers})"),
            new("Attention", attention),
        };
        if (s.Mamba is { } mb)
            items.Add(new("Sequence mixers", $"{s.AttentionLayerCount} attention + {s.MambaLayerCount} Mamba (attention layers: {s.AttentionLayers}); Mamba d_state {mb.StateSize}, conv {mb.ConvKernel}, expand {mb.Expand}, dt rank {mb.DtRank}"));
        if (s.Experts is { } e && s.MoeLayerCount > 0)
            items.Add(new("Experts per MoE layer", $"{e.Count} routed of width {e.Expert.Width} (top-{e.TopK}{(e.Expert.Gated ? ", SwiGLU" : "")})"
                + (s.SharedExperts.Count > 0 ? $" + {s.SharedExperts.Count} shared of width {s.SharedExperts.Expert.Width}" : "")));
        if (s.DenseFfn is { } f && s.DenseLayerCount > 0) items.Add(new("Dense FFN", $"width {f.Width}{(f.Gated ? " (SwiGLU)" : "")}"));
        if (s.Mtp.Modules > 0) items.Add(new("MTP modules", s.Mtp.Modules.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        items.Add(new("Context length S", UnitFormat.Exact(s.ContextLength)));
        if (model.Published is { } p)
            items.Add(new("Published (vendor)", $"total {p.TotalParams ?? "—"}; active {p.ActiveParams ?? "—"}"));
        return new KeyValues($"{prefix}Model", items);
    }

    private static Table Breakdown(string prefix, MoeSpec spec, in ModelAccounting a)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        foreach (var c in Enum.GetValues<ComponentClass>())
        {
            if (a.Params.Total[c] == 0) continue;
            rows.Add([ComponentLabel(c), new Cell(UnitFormat.Exact(a.Params.Total[c]), a.Params.Total[c]), Count(a.Params.Total[c]),
                new Cell(UnitFormat.Exact(a.Params.Active[c]), a.Params.Active[c]), Bytes(a.Memory.Weights[c]), spec.Precision.For(c).Label]);
        }
        rows.Add(["Sum", new Cell(UnitFormat.Exact(a.Params.TotalParams), a.Params.TotalParams), Count(a.Params.TotalParams),
            new Cell(UnitFormat.Exact(a.Params.ActiveParamsPerToken), a.Params.ActiveParamsPerToken), Bytes(a.Memory.WeightBytes), ""]);
        return new Table($"{prefix}Parameters by component",
        [
            new("Component"),
            new("Total", "params", "Every stored parameter of this component (exact).", true),
            new("Total (rounded)", "params", "The same, with K/M/B/T suffix.", true),
            new("Active per token", "params", "Parameters one token uses: top-k routed experts, all shared experts, whole embedding and head matrices.", true),
            new("Weight bytes", "bytes", "Stored size in the component's precision (decimal units, 1 GB = 10⁹ B).", true),
            new("Precision", null, "Storage format; /gN(x) = one scale of format x per N weights."),
        ], rows);
    }

    private static Table Conventions(string prefix, ImportedModel model, in ModelAccounting a)
    {
        var p = a.Params;
        List<IReadOnlyList<Cell>> rows =
        [
            ["Everything (incl. MTP)", Count(p.TotalParams), Count(p.ActiveParamsPerToken), "embedding, LM head, MTP modules"],
            ["Excluding MTP (main model)", Count(p.TotalParamsExcludingMtp), Count(p.ActiveParamsPerTokenExcludingMtp), "DeepSeek-V3's 671B / 37B convention"],
            ["Excluding input embedding", Count(p.TotalParamsExcludingEmbeddings), Count(p.ActiveParamsPerTokenExcludingEmbeddings), "gpt-oss's \"active\" convention (tied: drops the shared matrix)"],
            ["Excluding embedding and LM head", Count(p.TotalParamsExcludingEmbeddingsAndLmHead), Count(p.ActiveParamsPerTokenExcludingEmbeddingsAndLmHead), "\"non-embedding\" of scaling-law papers"],
            ["Excluding embedding, LM head, MTP", Count(p.TotalParamsExcludingEmbeddingsAndLmHead - p.Total.Mtp), Count(p.ActiveParamsPerTokenExcludingEmbeddingsLmHeadAndMtp), ""],
        ];
        if (model.Published is { } pub)
            rows.Add(["Published by the vendor", new Cell(pub.TotalParams ?? "—"), new Cell(pub.ActiveParams ?? "—"), "as worded; see notes for the vendor's convention"]);
        return new Table($"{prefix}Counting conventions",
        [
            new("Convention"),
            new("Total", "params", "Total parameters under this convention.", true),
            new("Active per token", "params", "Active parameters per token under this convention.", true),
            new("Note"),
        ], rows);
    }

    private static Table Triad(string prefix, MoeSpec spec, in ModelAccounting a)
    {
        static IReadOnlyList<Cell> Row(string label, ConstraintTriad t, string note) =>
            [label, Flop(t.FlopsPerToken), Count(t.ActiveParams), Count(t.TotalParams), Ratio(t.FlopsPerActiveParam, 4), Ratio(t.TotalPerActiveParam, 4), note];
        var printed = Seed001Triad.FlopsPerTokenAsPrintedInMainText(spec, a.PaperTriad);
        return new Table($"{prefix}Seed 001 constraint triad (M, N_a, N)",
        [
            new("Convention"),
            new("M", "FLOPs/token", "Training FLOPs per token.", true),
            new("N_a", "params", "Active parameters.", true),
            new("N", "params", "Total parameters.", true),
            new("M/N_a", "FLOPs/param", "The paper's x (≥ 6).", true),
            new("N/N_a", "ratio", "The paper's y (≥ 1).", true),
            new("Note"),
        ],
        [
            Row("Paper (Wan et al. 2026)", a.PaperTriad, "non-embedding weight matrices, router not counted, M = 6·N_a + 6·S·N_q·d_qkv·L"),
            Row("Full", a.FullTriad, "all weights (excl. MTP); M = 3 × exact forward incl. LM head and router"),
            [$"Paper main text (misprint)", Flop(printed), "", "", Ratio(printed / a.PaperTriad.ActiveParams, 4), "", "prints 6·N_a·L; the appendix and tables use 6·N_a"],
        ]);
    }

    private static Table Flops(string prefix, MoeSpec spec, in ModelAccounting a)
    {
        var f = a.Flops;
        var s = UnitFormat.Exact(spec.ContextLength);
        List<IReadOnlyList<Cell>> rows =
        [
            ["Weight matmuls (forward)", Flop(f.MatmulFlopsPerToken), "2 per active weight, LM head included, embedding lookup excluded"],
            [$"Attention scores at S = {s}, no causal halving", Flop(f.AttentionScoreFlopsPerToken), "every token sees all S positions (decode at context S)"],
            [$"Attention scores at S = {s}, causal", Flop(f.AttentionScoreFlopsPerTokenCausal), "average over positions of a length-S sequence"],
            ["Forward (causal)", Flop(f.ForwardFlopsPerToken), "matmuls + causal scores"],
            ["Forward (no causal halving)", Flop(f.ForwardFlopsPerTokenNoCausalHalving), ""],
            ["Training (3 × forward)", Flop(f.TrainingFlopsPerToken), "backward ≈ 2 × forward"],
            ["6·N (non-embedding active) shortcut", Flop(f.SixNApproximation(a.Params)), "the common approximation, for comparison"],
        ];
        if (f.MambaScanFlopsPerToken > 0)
            rows.Insert(3, ["Mamba selective scan", Flop(f.MambaScanFlopsPerToken), "≈ 6·d_inner·d_state per Mamba layer (an estimate); included in forward"]);
        if (spec.Mtp.Modules > 0)
            rows.Add(["MTP modules (forward)", Flop(f.MtpForwardFlopsPerToken), "training only; not in the rows above"]);
        return new Table($"{prefix}FLOPs per token",
            [new("Quantity"), new("FLOPs", "FLOPs/token", "Floating-point operations per token.", true), new("Note")], rows);
    }

    private static Table LayerTypes(string prefix, in ModelAccounting a)
    {
        var f = a.Flops;
        var rows = new List<IReadOnlyList<Cell>>();
        void Row(string label, LayerTypeCost c)
        {
            if (c.Params == 0) return;
            rows.Add([label, Count(c.Params), Count(c.ActiveParams), Flop(c.ForwardFlopsPerToken), Ratio(c.FlopsPerParam)]);
        }
        Row("Attention block (at S, causal)", f.AttentionBlock);
        Row("Mamba mixer", f.MambaBlock);
        Row("Dense FFN", f.DenseFfnBlock);
        Row("MoE FFN (routed + shared + router)", f.MoeFfnBlock);
        if (f.DenseFfnBlock.Params > 0) Row("Dense layer", f.DenseLayer);
        if (f.MoeFfnBlock.Params > 0) Row("MoE layer", f.MoeLayer);
        Row("LM head", f.LmHead);
        return new Table($"{prefix}Computational density by layer type",
        [
            new("Block"),
            new("Params", "params", "Stored parameters of one such block.", true),
            new("Active", "params", "Parameters one token uses in it.", true),
            new("Forward", "FLOPs/token", "Forward FLOPs per token in one such block.", true),
            new("Density", "FLOPs/param", "Forward FLOPs per token per stored parameter (seed 001's point: MoE FFNs are sparse in compute).", true),
        ], rows);
    }

    private static Table MemoryByPrecision(string prefix, MoeSpec spec, in ModelAccounting a)
    {
        var rows = a.Memory.WeightBytesByPrecision(a.Params, spec.Precision)
            .Select(x => (IReadOnlyList<Cell>)[x.Precision, Count(x.Params), Bytes(x.Bytes), BytesBinary(x.Bytes)]).ToList();
        rows.Add(["All weights", Count(a.Params.TotalParams), Bytes(a.Memory.WeightBytes), BytesBinary(a.Memory.WeightBytes)]);
        rows.Add(["One routed expert (one layer)", a.Spec.Experts is null ? "—" : Count(a.Memory.RoutedExpertBytes), Bytes(a.Memory.RoutedExpertBytes), BytesBinary(a.Memory.RoutedExpertBytes)]);
        return new Table($"{prefix}Weight memory by precision",
        [
            new("Precision"),
            new("Params", "params", "Parameters stored in this precision.", true),
            new("Bytes (decimal)", "bytes", "1 GB = 10⁹ bytes.", true),
            new("Bytes (binary)", "bytes", "1 GiB = 2³⁰ bytes.", true),
        ], rows, "The routed-expert row is the unit an offloading runtime moves between memories.");
    }

    private Table KvCache(string prefix, MoeSpec spec, in ModelAccounting a)
    {
        var m = a.Memory;
        var what = spec.Attention.Kind == AttentionKind.Mla
            ? $"compressed latent {spec.Attention.Mla!.KvLoraRank} + rope key {spec.Attention.Mla.RopeHeadDim}"
            : $"K and V of {spec.Attention.KvHeads} heads × ({spec.Attention.HeadDim} + {spec.Attention.EffectiveValueHeadDim})";
        var batch = _request.Batch;
        return new Table($"{prefix}KV cache ({spec.KvCacheFormat.Name()})",
        [
            new("Quantity"),
            new("Elements", "elements", "Cached numbers.", true),
            new("Bytes", "bytes", "Decimal units.", true),
            new("Bytes (binary)", "bytes", "Binary units.", true),
        ],
        [
            ["Per token per KV layer", new Cell(UnitFormat.Exact(m.KvElementsPerTokenPerLayer), m.KvElementsPerTokenPerLayer), Bytes(m.KvCacheBytesPerTokenPerLayer), BytesBinary(m.KvCacheBytesPerTokenPerLayer)],
            [$"Per token, all {m.FullKvLayers + m.SlidingKvLayers} KV layers", "", Bytes(m.KvCacheBytesPerToken), BytesBinary(m.KvCacheBytesPerToken)],
            [$"Batch {batch} × context {UnitFormat.Exact(spec.ContextLength)}{(m.MambaStateBytesPerSequence > 0 ? " (incl. Mamba state)" : "")}", "", Bytes(m.KvCacheBytesAtContext(batch)), BytesBinary(m.KvCacheBytesAtContext(batch))],
            .. (m.MambaStateBytesPerSequence > 0
                ? (IReadOnlyList<Cell>[])[[$"Mamba state, batch {batch} (fp32, independent of context)", "", Bytes(m.MambaStateBytes(batch)), BytesBinary(m.MambaStateBytes(batch))]]
                : []),
            // A display-only sum (3 significant digits): each part is exact, the two together may pass 2⁶³ − 1 bytes.
            ["Weights + KV cache", "", Bytes((double)m.WeightBytes + m.KvCacheBytesAtContext(batch)), BytesBinary((double)m.WeightBytes + m.KvCacheBytesAtContext(batch))],
        ], $"Each KV layer caches {what} per token." + (m.SlidingKvLayers > 0 ? $" {m.SlidingKvLayers} sliding-window layers keep at most {m.SlidingWindow} tokens." : ""));
    }

    private static IEnumerable<ReportWarning> Warnings(ImportedModel model)
    {
        // Reference-data notes open with "[config: FULL verbatim; ...]" or "[config: PARTIAL ...]".
        var notes = model.Published?.Notes ?? "";
        const string tag = "[config: ";
        if (notes.StartsWith(tag, StringComparison.Ordinal))
        {
            var end = notes.IndexOfAny([';', ']']);
            var completeness = end > tag.Length ? notes[tag.Length..end] : "";
            if (!completeness.StartsWith("FULL", StringComparison.Ordinal) || completeness.Contains("trimmed", StringComparison.OrdinalIgnoreCase))
                yield return new ReportWarning($"{model.Spec.Name}: the config is not complete ({completeness}); fields it lacks take transformers' defaults.", "config-partial");
        }
        if (model.ModelType == "llama4")
            yield return new ReportWarning($"{model.Spec.Name}: Llama 4's chunked local attention (attention_chunk_size) is counted as full attention, and the vision encoder in the published total is not in the text config.", "llama4-scope");
    }

    private static string ComponentLabel(ComponentClass c) => c switch
    {
        ComponentClass.DenseFfn => "Dense FFN",
        ComponentClass.RoutedExperts => "Routed experts",
        ComponentClass.SharedExperts => "Shared experts",
        ComponentClass.LmHead => "LM head",
        ComponentClass.Mtp => "MTP modules",
        ComponentClass.Mamba => "Mamba mixers",
        _ => c.ToString(),
    };

    private const string CountingNote =
        "Parameters are exact integers from the spec. \"Active\" counts what one token touches in the main forward pass: " +
        "attention, dense FFNs, the top-k routed and all shared experts of each MoE layer, routers, norms, and the embedding and " +
        "LM-head matrices whole (the vendors' usual convention). With tied embeddings the shared matrix is counted once, under " +
        "embeddings. MTP modules are counted apart, including any private embedding/head copies the checkpoint stores. FLOPs: 2 per " +
        "weight per token; the attention-score term costs 2·N_q·(d_k + d_v) per position seen; training = 3 × forward.";

    /// <summary>The one-screen terminal view: the side-by-side table (several models), else the model and its headline numbers.</summary>
    public static Report Concise(Report full)
    {
        var several = full.Blocks.Any(b => b.Title == SideBySideTitle);
        return ConciseView.Keep(full, b => several ? b.Title == SideBySideTitle : b.Title is "Model" or AtAGlanceTitle);
    }
}
