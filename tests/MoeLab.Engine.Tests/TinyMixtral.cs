using System.Text.Json.Nodes;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests;

/// <summary>
/// A tiny model under Hugging Face Mixtral names with its config.json, random weights, and an independent naive
/// forward pass (plain loops in float64, re-running the whole prefix per position) with HF semantics: rotate_half
/// RoPE, GQA, softmax over all router logits then top-k then renormalise, RMSNorm with rms_norm_eps.
/// </summary>
internal sealed class TinyMixtral
{
    public const int V = 40, D = 16, L = 2, NH = 4, NKV = 2, HD = 4, E = 4, K = 2, H = 12;
    public const double Theta = 10000, Eps = 1e-6;

    public TinyMixtral(int seed)
    {
        var rng = new Random(seed);
        float[] Rand(int n, double std) => Enumerable.Range(0, n).Select(_ => (float)(std * Gauss(rng))).ToArray();
        float[] Gain(int n) => Enumerable.Range(0, n).Select(_ => (float)(1 + 0.2 * Gauss(rng))).ToArray();
        Add("model.embed_tokens.weight", [V, D], Rand(V * D, 1));
        for (var l = 0; l < L; l++)
        {
            var p = $"model.layers.{l}.";
            Add(p + "input_layernorm.weight", [D], Gain(D));
            Add(p + "self_attn.q_proj.weight", [NH * HD, D], Rand(NH * HD * D, 0.4));
            Add(p + "self_attn.k_proj.weight", [NKV * HD, D], Rand(NKV * HD * D, 0.4));
            Add(p + "self_attn.v_proj.weight", [NKV * HD, D], Rand(NKV * HD * D, 0.4));
            Add(p + "self_attn.o_proj.weight", [D, NH * HD], Rand(D * NH * HD, 0.3));
            Add(p + "post_attention_layernorm.weight", [D], Gain(D));
            Add(p + "block_sparse_moe.gate.weight", [E, D], Rand(E * D, 0.5));
            for (var j = 0; j < E; j++)
            {
                Add(p + $"block_sparse_moe.experts.{j}.w1.weight", [H, D], Rand(H * D, 0.3));
                Add(p + $"block_sparse_moe.experts.{j}.w3.weight", [H, D], Rand(H * D, 0.3));
                Add(p + $"block_sparse_moe.experts.{j}.w2.weight", [D, H], Rand(D * H, 0.3));
            }
        }
        Add("model.norm.weight", [D], Gain(D));
        Add("lm_head.weight", [V, D], Rand(V * D, 0.3));
    }

    public Dictionary<string, (long[] Shape, float[] Data)> Tensors { get; } = new();

    public static JsonObject Config(int maxPositions = 32) => new()
    {
        ["model_type"] = "mixtral", ["vocab_size"] = V, ["hidden_size"] = D, ["intermediate_size"] = H,
        ["num_hidden_layers"] = L, ["num_attention_heads"] = NH, ["num_key_value_heads"] = NKV,
        ["num_local_experts"] = E, ["num_experts_per_tok"] = K, ["rms_norm_eps"] = Eps, ["rope_theta"] = Theta,
        ["max_position_embeddings"] = maxPositions, ["tie_word_embeddings"] = false, ["sliding_window"] = null, ["rope_scaling"] = null,
    };

    /// <summary>The weights as a tensor source, optionally without one tensor or with one replaced.</summary>
    public InMemoryTensorSource Source(string? without = null, (string Name, long[] Shape, float[] Data)? replace = null)
    {
        var source = new InMemoryTensorSource("tiny-mixtral");
        foreach (var (name, (shape, data)) in Tensors)
        {
            if (name == without) continue;
            if (replace is { } r && r.Name == name) source.Add(name, r.Shape, r.Data);
            else source.Add(name, shape, data);
        }
        return source;
    }

    private void Add(string name, long[] shape, float[] data) => Tensors[name] = (shape, data);

    private double[] W(string name) => Tensors[name].Data.Select(x => (double)x).ToArray();

    /// <summary>Logits (V) after tokens[0..^0], recomputing the whole prefix.</summary>
    public double[] NaiveLogits(IReadOnlyList<int> tokens)
    {
        var T = tokens.Count;
        var x = new double[T][];
        var emb = W("model.embed_tokens.weight");
        for (var t = 0; t < T; t++) x[t] = emb.AsSpan(tokens[t] * D, D).ToArray();
        for (var l = 0; l < L; l++)
        {
            var p = $"model.layers.{l}.";
            var xn = x.Select(r => Norm(r, W(p + "input_layernorm.weight"))).ToArray();
            var q = xn.Select(r => MatVec(W(p + "self_attn.q_proj.weight"), r, NH * HD)).ToArray();
            var k = xn.Select(r => MatVec(W(p + "self_attn.k_proj.weight"), r, NKV * HD)).ToArray();
            var v = xn.Select(r => MatVec(W(p + "self_attn.v_proj.weight"), r, NKV * HD)).ToArray();
            for (var t = 0; t < T; t++) { RotateHalf(q[t], NH, t); RotateHalf(k[t], NKV, t); }
            for (var t = 0; t < T; t++)
            {
                var o = new double[NH * HD];
                for (var h = 0; h < NH; h++)
                {
                    var g = h / (NH / NKV);
                    var s = new double[t + 1];
                    for (var u = 0; u <= t; u++)
                    {
                        for (var i = 0; i < HD; i++) s[u] += q[t][h * HD + i] * k[u][g * HD + i];
                        s[u] /= Math.Sqrt(HD);
                    }
                    var m = s.Max();
                    var z = s.Sum(a => Math.Exp(a - m));
                    for (var u = 0; u <= t; u++)
                    for (var i = 0; i < HD; i++) o[h * HD + i] += Math.Exp(s[u] - m) / z * v[u][g * HD + i];
                }
                var proj = MatVec(W(p + "self_attn.o_proj.weight"), o, D);
                for (var i = 0; i < D; i++) x[t][i] += proj[i];
            }
            for (var t = 0; t < T; t++)
            {
                var h2 = Norm(x[t], W(p + "post_attention_layernorm.weight"));
                var logits = MatVec(W(p + "block_sparse_moe.gate.weight"), h2, E);
                var m = logits.Max();
                var probs = logits.Select(a => Math.Exp(a - m)).ToArray();
                var sum = probs.Sum();
                for (var j = 0; j < E; j++) probs[j] /= sum;
                var top = Enumerable.Range(0, E).OrderByDescending(j => probs[j]).ThenBy(j => j).Take(K).ToArray();
                var kept = top.Sum(j => probs[j]);
                foreach (var j in top)
                {
                    var e = p + $"block_sparse_moe.experts.{j}.";
                    var a1 = MatVec(W(e + "w1.weight"), h2, H);
                    var a3 = MatVec(W(e + "w3.weight"), h2, H);
                    var act = a1.Select((a, i) => a / (1 + Math.Exp(-a)) * a3[i]).ToArray();
                    var y = MatVec(W(e + "w2.weight"), act, D);
                    for (var i = 0; i < D; i++) x[t][i] += probs[j] / kept * y[i];
                }
            }
        }
        return MatVec(W("lm_head.weight"), Norm(x[T - 1], W("model.norm.weight")), V);
    }

    private static double[] Norm(double[] x, double[] g)
    {
        var r = 1 / Math.Sqrt(x.Sum(a => a * a) / x.Length + Eps);
        return x.Select((a, i) => a * r * g[i]).ToArray();
    }

    private static double[] MatVec(double[] w, double[] x, int rows)
    {
        var y = new double[rows];
        for (var r = 0; r < rows; r++)
        for (var c = 0; c < x.Length; c++) y[r] += w[r * x.Length + c] * x[c];
        return y;
    }

    // HF: q·cos + rotate_half(q)·sin with rotate_half(x) = (−x2, x1) over the two halves of a head.
    private static void RotateHalf(double[] x, int heads, int pos)
    {
        for (var h = 0; h < heads; h++)
        for (var i = 0; i < HD / 2; i++)
        {
            var angle = pos / Math.Pow(Theta, 2.0 * i / HD);
            var (a, b) = (x[h * HD + i], x[h * HD + i + HD / 2]);
            x[h * HD + i] = a * Math.Cos(angle) - b * Math.Sin(angle);
            x[h * HD + i + HD / 2] = b * Math.Cos(angle) + a * Math.Sin(angle);
        }
    }

    private static double Gauss(Random rng) => Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
}
