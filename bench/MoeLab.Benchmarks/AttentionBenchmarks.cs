using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Layers;

namespace MoeLab.Benchmarks;

/// <summary>
/// Causal attention forward + backward in float32 at the engine presets' shapes: the matrix-product implementation the
/// engine uses (<see cref="CausalAttention"/>) against the loop reference (<see cref="CausalAttentionLoops"/>), one
/// dot product per (query, key) pair — the engine's attention before. ref-10m: B = 4, T = 256, 8 heads of 32;
/// tiny-moe: B = 8, T = 64, 4 query / 2 KV heads of 16.
/// Run with: dotnet run -c Release --project bench/MoeLab.Benchmarks -- --filter '*AttentionBenchmarks*'
/// </summary>
[BenchmarkDotNet.Attributes.MinColumn, BenchmarkDotNet.Attributes.MaxColumn]
public class AttentionBenchmarks
{
    private float[] _q = [], _k = [], _v = [], _dout = [], _out = [], _att = [], _dq = [], _dk = [], _dv = [];
    private (int B, int T, int NH, int NKV, int HD) _s;

    [Params("ref-10m", "tiny-moe")]
    public string Shape { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _s = Shape == "ref-10m" ? (4, 256, 8, 8, 32) : (8, 64, 4, 2, 16);
        var rng = new Random(1);
        float[] Random(int n) => [.. Enumerable.Range(0, n).Select(_ => (float)(rng.NextDouble() * 2 - 1))];
        var (b, t, nh, nkv, hd) = _s;
        (_q, _k, _v, _dout) = (Random(b * t * nh * hd), Random(b * t * nkv * hd), Random(b * t * nkv * hd), Random(b * t * nh * hd));
        (_out, _att) = (new float[_q.Length], new float[b * nh * t * t]);
        (_dq, _dk, _dv) = (new float[_q.Length], new float[_k.Length], new float[_v.Length]);
    }

    [Benchmark(Baseline = true)]
    public void Loops()
    {
        var (b, t, nh, nkv, hd) = _s;
        CausalAttentionLoops.Forward<float>(_out, _att, _q, _k, _v, b, t, nh, nkv, hd);
        CausalAttentionLoops.Backward<float>(_dq, _dk, _dv, _dout, _att, _q, _k, _v, b, t, nh, nkv, hd);
    }

    [Benchmark]
    public void MatrixProducts()
    {
        var (b, t, nh, nkv, hd) = _s;
        CausalAttention.Forward<float>(_out, _att, _q, _k, _v, b, t, nh, nkv, hd);
        CausalAttention.Backward<float>(_dq, _dk, _dv, _dout, _att, _q, _k, _v, b, t, nh, nkv, hd);
    }
}
