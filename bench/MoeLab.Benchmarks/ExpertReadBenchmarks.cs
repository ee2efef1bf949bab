using System.Text.Json.Nodes;
using BenchmarkDotNet.Attributes;
using MoeLab.Engine.Weights;

namespace MoeLab.Benchmarks;

/// <summary>
/// <see cref="ExpertStore.ReadExpert"/> on synthetic OLMoE-shaped weights (d = 2048, H = 1024: a 12 MiB bf16 expert,
/// one O_DIRECT read + widening to float32; or 24 MiB f32 read in place), cycling through experts so no read repeats
/// back to back. Bytes per second = expert bytes / mean time; compare with `moelab hardware probe`'s sequential figure
/// (and fio's, with --compare-fio) to see what widening costs beyond the device.
/// </summary>
[MinColumn, MaxColumn]
public class ExpertReadBenchmarks
{
    private string _dir = "";
    private ExpertStore? _store;
    private ExpertSlot? _slot;
    private int _next;

    [Params("BF16", "F32")]
    public string DType { get; set; } = "BF16";

    [GlobalSetup]
    public void Setup()
    {
        _dir = Path.Combine(Path.GetTempPath(), $"moelab-bench-experts-{Environment.ProcessId}");
        var config = new JsonObject
        {
            ["model_type"] = "olmoe", ["hidden_size"] = 2048, ["intermediate_size"] = 1024, ["num_hidden_layers"] = 1,
            ["num_experts"] = 16, ["num_experts_per_tok"] = 2, ["num_attention_heads"] = 16, ["vocab_size"] = 64,
            ["max_position_embeddings"] = 128,
        };
        var model = HuggingFaceModelConfig.FromJson(config, "bench", "bench");
        WeightsSynthesizer.Synthesize(model, _dir, new SynthesisOptions(DType, Overwrite: true));
        _store = new ExpertStore(ExpertLayout.For(SafeTensorsSource.Open(_dir)), requireDirect: true);
        _slot = _store.AllocateSlot();
    }

    [Benchmark]
    public long ReadExpert()
    {
        _next = (_next + 5) % 16;
        return _store!.ReadExpert(0, _next, _slot!).BytesRead;
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _slot?.Dispose();
        _store?.Dispose();
        if (Directory.Exists(_dir)) Directory.Delete(_dir, recursive: true);
    }
}
