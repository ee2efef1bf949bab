using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests.Weights;

/// <summary>Synthetic weights carry each family's real names and shapes, experts contiguous, values deterministic.</summary>
public sealed class WeightsSynthesizerTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-synth-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    internal static JsonObject TinyMixtral() => new()
    {
        ["model_type"] = "mixtral", ["hidden_size"] = 64, ["intermediate_size"] = 96, ["num_hidden_layers"] = 2,
        ["num_local_experts"] = 4, ["num_experts_per_tok"] = 2, ["num_attention_heads"] = 4, ["num_key_value_heads"] = 2,
        ["vocab_size"] = 50, ["max_position_embeddings"] = 128, ["tie_word_embeddings"] = false,
    };

    private static HuggingFaceModelConfig Model(JsonObject config) => HuggingFaceModelConfig.FromJson(config, "tiny.json", "tiny");

    /// <summary>Mixtral's checkpoint names, written out from the transformers modelling code's module tree.</summary>
    private static Dictionary<string, long[]> ExpectedMixtral(int d, int ffn, int layers, int experts, int heads, int kvHeads, int vocab)
    {
        var hd = d / heads;
        var e = new Dictionary<string, long[]> { ["model.embed_tokens.weight"] = [vocab, d], ["model.norm.weight"] = [d], ["lm_head.weight"] = [vocab, d] };
        for (var i = 0; i < layers; i++)
        {
            var p = $"model.layers.{i}.";
            e[p + "input_layernorm.weight"] = [d];
            e[p + "post_attention_layernorm.weight"] = [d];
            e[p + "self_attn.q_proj.weight"] = [heads * hd, d];
            e[p + "self_attn.k_proj.weight"] = [kvHeads * hd, d];
            e[p + "self_attn.v_proj.weight"] = [kvHeads * hd, d];
            e[p + "self_attn.o_proj.weight"] = [d, heads * hd];
            e[p + "block_sparse_moe.gate.weight"] = [experts, d];
            for (var j = 0; j < experts; j++)
            {
                e[p + $"block_sparse_moe.experts.{j}.w1.weight"] = [ffn, d];
                e[p + $"block_sparse_moe.experts.{j}.w3.weight"] = [ffn, d];
                e[p + $"block_sparse_moe.experts.{j}.w2.weight"] = [d, ffn];
            }
        }
        return e;
    }

    [Fact]
    public void Mixtral_ExactNamesAndShapes_ExpertsContiguous_ConfigWritten()
    {
        var result = WeightsSynthesizer.Synthesize(Model(TinyMixtral()), Path.Combine(_dir, "m"), new SynthesisOptions("BF16", Seed: 7));
        var source = SafeTensorsSource.Open(result.Directory);
        var expected = ExpectedMixtral(64, 96, 2, 4, 4, 2, 50);

        Assert.Equal(expected.Keys.Order(), source.Names.Order());
        foreach (var (name, shape) in expected)
        {
            Assert.Equal(shape, source.Info(name).Shape);
            Assert.Equal("BF16", source.Info(name).DType);
        }
        Assert.Equal(8, result.RoutedExperts);
        Assert.Equal(3L * 96 * 64 * 2, result.BytesPerExpert);

        var layout = ExpertLayout.For(source);
        Assert.Equal("mixtral", layout.Family);
        Assert.Equal([0, 1], layout.MoeLayers);
        foreach (var e in layout.All)
        {
            var read = Assert.Single(e.Reads);
            Assert.Equal(e.Bytes, read.Length);
            Assert.Equal(source.Info($"model.layers.{e.Layer}.block_sparse_moe.experts.{e.Expert}.w1.weight").Offset, read.Offset);
        }

        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(result.Directory, "config.json")))!;
        Assert.Equal("bfloat16", config["torch_dtype"]!.GetValue<string>());
        Assert.Equal(64, config["hidden_size"]!.GetValue<int>());
        Assert.All(source.ReadFloats("model.layers.1.input_layernorm.weight"), v => Assert.Equal(1f, v));
        var w = source.ReadFloats("model.layers.0.block_sparse_moe.experts.3.w2.weight");
        Assert.InRange(w.Select(v => (double)v * v).Average(), 0.0003, 0.0005);   // variance 0.02² = 0.0004
    }

    [Fact]
    public void Shrink_DividesWidthsKeepsCounts_SameSeedSameBytes()
    {
        var model = ConfigShrinker.Shrink(Model(TinyMixtral()), 2);
        var a = WeightsSynthesizer.Synthesize(model, Path.Combine(_dir, "a"), new SynthesisOptions("F32", Seed: 3, ShardBytes: 40_000));
        var b = WeightsSynthesizer.Synthesize(model, Path.Combine(_dir, "b"), new SynthesisOptions("F32", Seed: 3, ShardBytes: 40_000));
        var source = SafeTensorsSource.Open(a.Directory);

        Assert.Equal(ExpectedMixtral(32, 48, 2, 4, 4, 2, 50).Keys.Order(), source.Names.Order());
        Assert.Equal([48L, 32L], source.Info("model.layers.0.block_sparse_moe.experts.0.w1.weight").Shape);
        Assert.True(a.Weights.Shards.Count > 1);
        Assert.All(ExpertLayout.For(source).All, e => Assert.Single(e.Reads));
        foreach (var (fa, fb) in a.Weights.Shards.Zip(b.Weights.Shards))
            Assert.Equal(File.ReadAllBytes(fa.Path), File.ReadAllBytes(fb.Path));
    }

    [Fact]
    public void Shrink_NotDividing_NamesTheOption()
    {
        var e = Assert.Throws<InvalidInputException>(() => ConfigShrinker.Shrink(Model(TinyMixtral()), 5));
        Assert.Equal("--shrink", e.Field);
        Assert.Contains("hidden_size", e.Message);
    }

    [Fact]
    public void Olmoe_HasQkNormsAndMlpExperts()
    {
        var config = TinyMixtral();
        config["model_type"] = "olmoe";
        config.Remove("num_local_experts");
        config["num_experts"] = 3;
        var source = SafeTensorsSource.Open(WeightsSynthesizer.Synthesize(Model(config), Path.Combine(_dir, "o"), new SynthesisOptions()).Directory);
        Assert.Equal([64L], source.Info("model.layers.1.self_attn.q_norm.weight").Shape);
        Assert.Equal([32L], source.Info("model.layers.1.self_attn.k_norm.weight").Shape);
        Assert.Equal([3L, 64L], source.Info("model.layers.0.mlp.gate.weight").Shape);
        Assert.Equal([64L, 96L], source.Info("model.layers.0.mlp.experts.2.down_proj.weight").Shape);
        Assert.DoesNotContain(source.Names, n => n.Contains("block_sparse_moe"));
        var layout = ExpertLayout.For(source);
        Assert.Equal((3, 64, 96), (layout.ExpertCount, layout.Hidden, layout.Width));
    }

    [Fact]
    public void Qwen2Moe_SharedExpertAndBiases()
    {
        var config = new JsonObject
        {
            ["model_type"] = "qwen2_moe", ["hidden_size"] = 64, ["intermediate_size"] = 128, ["moe_intermediate_size"] = 32,
            ["shared_expert_intermediate_size"] = 96, ["num_hidden_layers"] = 2, ["num_experts"] = 4, ["num_experts_per_tok"] = 2,
            ["num_attention_heads"] = 4, ["num_key_value_heads"] = 4, ["vocab_size"] = 50, ["max_position_embeddings"] = 128,
        };
        var source = SafeTensorsSource.Open(WeightsSynthesizer.Synthesize(Model(config), Path.Combine(_dir, "q"), new SynthesisOptions()).Directory);
        Assert.Equal([96L, 64L], source.Info("model.layers.0.mlp.shared_expert.gate_proj.weight").Shape);
        Assert.Equal([1L, 64L], source.Info("model.layers.0.mlp.shared_expert_gate.weight").Shape);
        Assert.Equal([64L], source.Info("model.layers.0.self_attn.q_proj.bias").Shape);
        Assert.All(source.ReadFloats("model.layers.0.self_attn.k_proj.bias"), v => Assert.Equal(0f, v));
        Assert.Equal(4, ExpertLayout.For(source).ExpertCount);
    }

    [Fact]
    public void UnsupportedFamily_NamesModelType()
    {
        var config = TinyMixtral();
        config["model_type"] = "granitemoe";
        var e = Assert.Throws<InvalidInputException>(() => WeightsSynthesizer.Synthesize(Model(config), Path.Combine(_dir, "g"), new SynthesisOptions()));
        Assert.Equal("model_type", e.Field);
        Assert.Empty(Directory.GetFileSystemEntries(_dir));
    }

    [Fact]
    public void Preset_ResolvesRawConfig()
    {
        var model = ConfigShrinker.Shrink(HuggingFaceModelConfig.Resolve("mixtral-8x7b"), 4);
        Assert.Equal(1024, model.Spec.HiddenSize);
        Assert.Equal(3584, model.Spec.Experts!.Expert.Width);
        Assert.Equal((32, 8, 32), (model.Spec.Attention.QueryHeads, model.Spec.Experts.Count, model.Spec.Layers));
    }
}
