using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;
using MoeLab.Core.Validation;

namespace MoeLab.Reports.Inspect;

/// <summary>
/// What `moelab inspect` was asked: models (preset names or file paths) and optional what-ifs applied to
/// every model: context length, batch size for KV-cache totals, weight precision, KV-cache format.
/// </summary>
/// <param name="Models">Preset names or paths, in display order.</param>
/// <param name="Batch">Sequences held in the KV cache at once.</param>
/// <param name="ContextLength">Overrides each spec's context length S; null keeps the spec's.</param>
/// <param name="WeightPrecision">Overrides weight storage: float formats apply to every class, quantised
/// formats (fp8, int8, int4, mxfp4) to the big matrices only (embeddings, head, router, norms stay bf16).</param>
/// <param name="KvCacheFormat">Overrides the KV-cache element format.</param>
public sealed record InspectRequest(
    IReadOnlyList<string> Models,
    long Batch = 1,
    int? ContextLength = null,
    string? WeightPrecision = null,
    string? KvCacheFormat = null)
{
    /// <summary>Resolves every model and applies the overrides; bad names or values are <see cref="InvalidInputException"/>.</summary>
    public IReadOnlyList<ImportedModel> Resolve()
    {
        Preconditions.That(Models.Count > 0, "give at least one model (a preset name or a config.json path)", "models");
        Preconditions.Positive(Batch, "--batch");
        if (ContextLength is { } s) Preconditions.Positive(s, "--context");
        var precision = WeightPrecision is null ? null : WeightPrecisionParser.Parse(WeightPrecision, field: "--dtype");
        NumberFormat? kv = null;
        if (KvCacheFormat is not null)
            kv = WeightPrecisionParser.TryParseFormat(KvCacheFormat, out var f) ? f
                : throw new InvalidInputException($"unknown format '{KvCacheFormat}' (e.g. bf16, fp8)", field: "--kv-dtype");

        var list = new List<ImportedModel>(Models.Count);
        foreach (var name in Models)
        {
            var model = MoeLab.Engine.Model.ModelResolver.Resolve(name);
            var spec = model.Spec;
            if (ContextLength is { } context) spec = spec with { ContextLength = context };
            if (precision is not null)
            {
                var isFloat = precision.GroupSize == 0 && precision.Format is NumberFormat.Fp32 or NumberFormat.Bf16 or NumberFormat.Fp16;
                spec = spec with { Precision = isFloat ? PrecisionPlan.Uniform(precision) : PrecisionPlan.MatricesIn(precision) };
            }
            if (kv is { } kvFormat) spec = spec with { KvCacheFormat = kvFormat };
            list.Add(model with { Spec = spec });
        }
        return list;
    }
}
