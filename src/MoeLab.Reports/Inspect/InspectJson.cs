using System.Text.Json.Nodes;
using MoeLab.Core.Accounting;
using MoeLab.Core.Import;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Reports.Inspect;

/// <summary>The raw (unformatted) inspect result for <c>--json</c>: every count under its own name.</summary>
public static class InspectJson
{
    public static JsonObject Model(ImportedModel model, in ModelAccounting a, long batch)
    {
        var p = a.Params;
        var f = a.Flops;
        var m = a.Memory;
        return new JsonObject
        {
            ["name"] = model.Spec.Name,
            ["source"] = model.Source,
            ["model_type"] = model.ModelType,
            ["published"] = model.Published is { } pub ? new JsonObject
            {
                ["total_params"] = pub.TotalParams, ["active_params"] = pub.ActiveParams, ["counts_source"] = pub.CountsSource, ["notes"] = pub.Notes,
            } : null,
            ["spec"] = MoeSpecJson.ToJson(model.Spec),
            ["params"] = new JsonObject
            {
                ["total_params"] = p.TotalParams,
                ["total_params_excluding_embeddings"] = p.TotalParamsExcludingEmbeddings,
                ["total_params_excluding_embeddings_and_lm_head"] = p.TotalParamsExcludingEmbeddingsAndLmHead,
                ["total_params_excluding_mtp"] = p.TotalParamsExcludingMtp,
                ["active_params_per_token"] = p.ActiveParamsPerToken,
                ["active_params_per_token_excluding_embeddings"] = p.ActiveParamsPerTokenExcludingEmbeddings,
                ["active_params_per_token_excluding_embeddings_and_lm_head"] = p.ActiveParamsPerTokenExcludingEmbeddingsAndLmHead,
                ["active_params_per_token_excluding_mtp"] = p.ActiveParamsPerTokenExcludingMtp,
                ["total_by_component"] = Components(p.Total),
                ["active_by_component"] = Components(p.Active),
            },
            ["flops_per_token"] = new JsonObject
            {
                ["matmul"] = f.MatmulFlopsPerToken,
                ["attention_scores"] = f.AttentionScoreFlopsPerToken,
                ["attention_scores_causal"] = f.AttentionScoreFlopsPerTokenCausal,
                ["forward"] = f.ForwardFlopsPerToken,
                ["forward_no_causal_halving"] = f.ForwardFlopsPerTokenNoCausalHalving,
                ["training"] = f.TrainingFlopsPerToken,
                ["mtp_forward"] = f.MtpForwardFlopsPerToken,
                ["layer_types"] = new JsonObject
                {
                    ["attention_block"] = Cost(f.AttentionBlock), ["dense_ffn"] = Cost(f.DenseFfnBlock), ["moe_ffn"] = Cost(f.MoeFfnBlock),
                    ["dense_layer"] = Cost(f.DenseLayer), ["moe_layer"] = Cost(f.MoeLayer), ["lm_head"] = Cost(f.LmHead),
                },
            },
            ["seed001_triad"] = new JsonObject { ["paper"] = Triad(a.PaperTriad), ["full"] = Triad(a.FullTriad) },
            ["memory"] = new JsonObject
            {
                ["weight_bytes"] = m.WeightBytes,
                ["weight_bytes_by_component"] = new JsonObject([.. Enum.GetValues<ComponentClass>().Select(c => new KeyValuePair<string, JsonNode?>(c.JsonName(), m.Weights[c]))]),
                ["routed_expert_bytes"] = m.RoutedExpertBytes,
                ["kv_cache_bytes_per_token"] = m.KvCacheBytesPerToken,
                ["kv_cache_elements_per_token_per_layer"] = m.KvElementsPerTokenPerLayer,
                ["kv_cache_bytes_at_context"] = m.KvCacheBytesAtContext(batch),
                ["context_length"] = m.ContextLength,
                ["batch"] = batch,
            },
        };
    }

    private static JsonObject Components(ComponentParams c) =>
        new([.. Enum.GetValues<ComponentClass>().Select(x => new KeyValuePair<string, JsonNode?>(x.JsonName(), c[x]))]);

    private static JsonObject Cost(LayerTypeCost c) => new()
    {
        ["params"] = c.Params, ["active_params"] = c.ActiveParams, ["forward_flops_per_token"] = c.ForwardFlopsPerToken, ["flops_per_param"] = c.FlopsPerParam,
    };

    private static JsonObject Triad(ConstraintTriad t) => new()
    {
        ["flops_per_token"] = t.FlopsPerToken, ["active_params"] = t.ActiveParams, ["total_params"] = t.TotalParams,
    };
}
