using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Kernels;
using MoeLab.Engine.Layers;
using MoeLab.Sectional;

namespace MoeLab.Benchmarks;

/// <summary>
/// Forward pass of the engine's sectional MoE layer (seed 002; FFN-only SwiGLU experts, n' = n, no pre-expert layer,
/// no mixing) at d = 512, n = 256 tokens, section hidden width 3·d/E, for E = 1, 2, 4, 8, in float32, so measured
/// time can be set against MoeLab.Sectional's cost model: its MACs fall as 1/E (3·r·n·d²/E), so the model predicts
/// time ∝ 1/E plus overhead. The baseline is a plain dense SwiGLU of width 3·d on the same input (the E = 1 layer
/// computes exactly that, plus the section gather/scatter copies). Predicted MACs are printed in the setup log.
/// </summary>
[MinColumn, MaxColumn]
public class SectionalLayerBenchmarks
{
    private const int ModelDim = 512, Tokens = 256, FfnRatio = 3;
    private SectionalMoeLayer<float> _layer = null!;
    private float[] _x = [], _out = [], _w1 = [], _w3 = [], _w2 = [];
    private float[] _h1 = [], _h3 = [], _act = [], _denseW1 = [], _denseW3 = [], _denseW2 = [];

    [Params(1, 2, 4, 8)]
    public int Sections { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        int hidden = FfnRatio * ModelDim / Sections, width = ModelDim / Sections;
        _layer = new SectionalMoeLayer<float>(new SectionalShape(ModelDim, Sections, hidden), 1, Tokens);
        var rng = new Random(7);
        float[] Values(int length) => Enumerable.Range(0, length).Select(_ => (float)(rng.NextDouble() * 0.1 - 0.05)).ToArray();
        _x = Values(Tokens * ModelDim);
        _out = new float[Tokens * ModelDim];
        _w1 = Values(Sections * hidden * width); _w3 = Values(_w1.Length); _w2 = Values(_w1.Length);
        var denseHidden = FfnRatio * ModelDim;
        _denseW1 = Values(denseHidden * ModelDim); _denseW3 = Values(_denseW1.Length); _denseW2 = Values(_denseW1.Length);
        _h1 = new float[Tokens * denseHidden]; _h3 = new float[_h1.Length]; _act = new float[_h1.Length];

        var spec = new SectionalSpec(ModelDim, Tokens, FfnRatio, FfnMatrices: 3, HasPreExpertLayer: false);
        var macs = SectionalCostTerms.For(spec).Sum(t => t.Macs.Evaluate(Sections));
        var counter = new FlopCounter();
        _layer.Forward(_out, _x, Weights, counter);
        Console.WriteLine($"// E = {Sections}: MoeLab.Sectional predicts {macs:E4} MACs ({2 * macs:E4} FLOPs); engine counted {counter.ForwardFlops:E4} FLOPs; {Gemm.Describe()}");
    }

    private SectionalWeights<float> Weights => new(_w1, _w3, _w2, default, default, default, default, default);

    [Benchmark]
    public float SectionalForward()
    {
        _layer.Forward(_out, _x, Weights);
        return _out[0];
    }

    [Benchmark(Baseline = true)]
    public float DenseSwiGluForward()
    {
        SwiGlu.Forward<float>(_out, _h1, _h3, _act, _x, _denseW1, _denseW3, _denseW2, Tokens, ModelDim, FfnRatio * ModelDim);
        return _out[0];
    }
}
