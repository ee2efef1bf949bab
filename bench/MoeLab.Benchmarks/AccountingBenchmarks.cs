using BenchmarkDotNet.Attributes;
using MoeLab.Core.Accounting;
using MoeLab.Core.Presets;
using MoeLab.Core.Seed001;
using MoeLab.Core.Specs;

namespace MoeLab.Benchmarks;

/// <summary>
/// Full accounting of one spec (parameters under every convention, FLOPs, layer-type densities, bytes, both
/// seed 001 triads). Target: ≥ 10 million specs per second on one core, i.e. ≤ 100 ns per call, because the
/// planner accounts for millions of candidate shapes. The seed 001 case includes building the spec, as the
/// planner does for each candidate.
/// </summary>
[MemoryDiagnoser]
public class AccountingBenchmarks
{
    private MoeSpec _mixtral = null!;
    private MoeSpec _deepSeekV3 = null!;
    private MoeSpec _gptOss = null!;
    private MoeSpec _seed001 = null!;

    [GlobalSetup]
    public void Setup()
    {
        _mixtral = ModelPresets.Get("mixtral-8x7b").Spec;
        _deepSeekV3 = ModelPresets.Get("deepseek-v3").Spec;
        _gptOss = ModelPresets.Get("gpt-oss-120b").Spec;
        _seed001 = Seed001Backbone.Paper.ToSpec(1928, 1, 15, 640);
    }

    [Benchmark(Baseline = true)]
    public double AccountMixtral() => ModelAccountant.Account(_mixtral).Flops.TrainingFlopsPerToken;

    /// <summary>MLA, dense-first layer plan, shared expert, MTP, FP8 block scales.</summary>
    [Benchmark]
    public double AccountDeepSeekV3() => ModelAccountant.Account(_deepSeekV3).Flops.TrainingFlopsPerToken;

    /// <summary>Explicit sliding-window layer list, biases, sinks, MXFP4 experts.</summary>
    [Benchmark]
    public double AccountGptOss() => ModelAccountant.Account(_gptOss).Flops.TrainingFlopsPerToken;

    [Benchmark]
    public double AccountSeed001Row() => ModelAccountant.Account(_seed001).PaperTriad.FlopsPerToken;

    /// <summary>The planner's inner step: build a candidate spec from the backbone, then account for it.</summary>
    [Benchmark]
    public double BuildAndAccountSeed001Candidate() =>
        ModelAccountant.Account(Seed001Backbone.Paper.ToSpec(1928, 1, 15, 640, name: "candidate")).PaperTriad.FlopsPerToken;

    [Benchmark]
    public long ParametersOnlyMixtral() => ModelAccountant.Parameters(_mixtral).ActiveParamsPerToken;
}
