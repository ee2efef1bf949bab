using System.Globalization;
using System.Text.Json.Nodes;
using MoeLab.Reports.Charts;
using MoeLab.Engine.Model;
using MoeLab.Engine.Training;
using MoeLab.Reports.Model;
using MoeLab.Reports.Rendering;

namespace MoeLab.Reports.Engine;

/// <summary>Formatting and blocks shared by the engine's reports (model shape, numbers with SI suffixes).</summary>
internal static class EngineReportParts
{
    public static string Si(double value, string unit = "")
    {
        var abs = Math.Abs(value);
        var (scaled, prefix) = abs >= 1e12 ? (value / 1e12, "T") : abs >= 1e9 ? (value / 1e9, "G") : abs >= 1e6 ? (value / 1e6, "M") : abs >= 1e3 ? (value / 1e3, "k") : (value, "");
        return $"{scaled.ToString(abs >= 1e3 ? "F2" : "G4", CultureInfo.InvariantCulture)} {prefix}{unit}".TrimEnd();
    }

    public static string F(double value, string format = "F4") => value.ToString(format, CultureInfo.InvariantCulture);

    public static KeyValues ModelBlock(ParameterLayout layout)
    {
        var c = layout.Config;
        var embedding = layout.Embedding.Length + (c.TiedEmbeddings ? 0 : layout.LmHead.Length);
        var items = new List<KeyValuePair<string, string>>
        {
            new("Shape", MoeLab.Engine.Training.RunRow.Describe(c)),
            new("Total parameters", $"{Si(layout.TotalParameters)} ({layout.TotalParameters:N0} params)"),
            new("Active parameters per token", $"{Si(layout.ActiveParameters)} ({layout.ActiveParameters:N0} params)"),
            new("Non-embedding parameters (N)", $"{layout.TotalParameters - embedding:N0} params"),
            new("Layers", c.IsMoe ? $"{c.Layers} ({c.FirstDenseLayers} dense, {c.MoeLayerCount} MoE)" : $"{c.Layers} dense"),
            new("Attention", $"{c.Heads} query heads, {c.KvHeads} KV heads × {c.EffectiveHeadDim}"),
        };
        if (c.IsMoe)
            items.Add(new("Experts", $"{c.Experts} routed (top-{c.TopK}) × {c.ExpertHidden} wide, {c.SharedExperts} shared, granularity {F(c.Granularity, "G4")}"));
        items.Add(new("Embeddings", c.TiedEmbeddings ? "tied (LM head = embedding)" : "untied"));
        return new KeyValues("Model", items);
    }

    /// <summary>A runs-table row in the JSON convention: the table's N, D, C and loss with their units in their names.</summary>
    public static JsonObject RunRowJson(RunRow r) => new()
    {
        ["run"] = r.Run,
        ["n_params"] = r.N,
        ["n_active_params"] = r.NActive,
        ["n_total_params"] = r.NTotal,
        ["d_tokens"] = r.D,
        ["c_flops"] = r.C,
        ["loss_nats"] = r.Loss,
        ["bits_per_byte"] = r.BitsPerByte,
        ["granularity"] = r.Granularity,
        ["experts"] = r.E,
        ["top_k"] = r.TopK,
        ["spec"] = r.Spec,
        ["steps"] = r.Steps,
        ["seed"] = r.Seed,
        ["config_hash"] = r.ConfigHash,
        ["eval_tokens"] = r.EvalTokens,
        ["loss_se_nats"] = double.IsFinite(r.LossStandardError) ? r.LossStandardError : null,
    };

    /// <summary>One optimiser step in the JSON convention (losses in nats per byte, time in seconds, work in FLOPs).</summary>
    public static JsonObject StepJson(StepRecord h) => new()
    {
        ["step"] = h.Step,
        ["learning_rate"] = h.LearningRate,
        ["loss_nats"] = h.Loss,
        ["cross_entropy_nats"] = h.CrossEntropy,
        ["load_balance_loss"] = h.LoadBalance,
        ["router_z_loss"] = h.RouterZ,
        ["gradient_norm"] = h.GradientNorm,
        ["tokens_seen"] = h.TokensSeen,
        ["elapsed_s"] = h.ElapsedSeconds,
        ["flops"] = h.Flops,
    };

    public static JsonObject ConfigJson(EngineConfig c) =>
        ReportJson.ToNode(c)!.AsObject();

    /// <summary>A series with at most this many points also gets a marker at each one.</summary>
    private const int PointsDrawnUpTo = 30;

    public static Chart LineChart(string title, string xField, string xTitle, IEnumerable<(string Series, double X, double Y)> points, string yTitle)
    {
        var values = new JsonArray(points.Where(p => double.IsFinite(p.Y))
            .Select(p => (JsonNode)new JsonObject { ["series"] = p.Series, [xField] = p.X, ["value"] = p.Y }).ToArray());
        var encoding = new JsonObject
        {
            ["x"] = new JsonObject { ["field"] = xField, ["type"] = "quantitative", ["title"] = xTitle },
            ["y"] = new JsonObject { ["field"] = "value", ["type"] = "quantitative", ["title"] = yTitle, ["scale"] = new JsonObject { ["zero"] = false } },
            ["color"] = new JsonObject { ["field"] = "series", ["type"] = "nominal", ["title"] = null },
        };
        var spec = new JsonObject
        {
            ["$schema"] = VegaLite.SchemaUrl,
            ["title"] = title,
            ["width"] = VegaLite.ContainerWidth,
            ["height"] = 300,
            ["data"] = new JsonObject { ["values"] = values },
            // Lines for every series, and points where a series has few (a validation loss measured once, at the end,
            // is a single point that a line alone would not draw at all).
            ["layer"] = new JsonArray(
                new JsonObject { ["mark"] = new JsonObject { ["type"] = "line" }, ["encoding"] = encoding },
                new JsonObject
                {
                    ["transform"] = new JsonArray(
                        new JsonObject { ["joinaggregate"] = new JsonArray(new JsonObject { ["op"] = "count", ["as"] = "series_points" }), ["groupby"] = new JsonArray("series") },
                        new JsonObject { ["filter"] = $"datum.series_points <= {PointsDrawnUpTo}" }),
                    ["mark"] = new JsonObject { ["type"] = "point", ["filled"] = true, ["size"] = 40 },
                    ["encoding"] = encoding.DeepClone(),
                }),
        };
        return new Chart(title, spec);
    }
}
