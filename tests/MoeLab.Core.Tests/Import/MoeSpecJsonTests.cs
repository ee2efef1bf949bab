using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Core.Specs;
using MoeLab.Core.Tests.Accounting;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Import;

public sealed class MoeSpecJsonTests
{
    public static TheoryData<string> Presets() => [.. ModelPresets.Names];

    [Theory]
    [MemberData(nameof(Presets))]
    public void RoundTrip_EveryPreset_IsEqual(string name)
    {
        var spec = ModelPresets.Get(name).Spec;
        var back = MoeSpecJson.Read(MoeSpecJson.Write(spec), "roundtrip.json");
        Assert.Equal(spec, back);
        Assert.Equal(MoeSpecJson.Write(spec), MoeSpecJson.Write(back));
    }

    [Fact]
    public void RoundTrip_EveryOptionalFeature_IsEqual()
    {
        var spec = SmallSpecs.Hand with
        {
            Attention = SmallSpecs.Hand.Attention with
            {
                OutputBias = true, Sinks = true, QkNorm = QkNormKind.FullWidth, KvShareFactor = 2, ValueHeadDim = 8,
                SlidingWindow = 16, SlidingWindowLayers = LayerSet.Only([0, 2]),
            },
            MoeLayers = LayerSet.Every(2, 1) with { Except = [3] },
            Norms = new NormSpec(NormKind.LayerNorm, Bias: true, PerLayer: 4),
            Mtp = new MtpSpec(2, StoresOwnEmbedding: true),
            TiedEmbeddings = true,
            LmHeadBias = true,
            Precision = PrecisionPlan.MatricesIn(WeightPrecision.Int4(64, NumberFormat.Bf16)) with { RoutedExperts = WeightPrecision.Mxfp4 },
            KvCacheFormat = NumberFormat.Fp8,
        };
        Assert.Equal(spec, MoeSpecJson.Read(MoeSpecJson.Write(spec), "x.json"));
    }

    [Fact]
    public void ModelFile_RecognisesSpecJson_AlsoWrappedUnderSpec()
    {
        var json = MoeSpecJson.Write(SmallSpecs.Hand);
        Assert.Equal(ModelSourceKind.MoeLabSpec, ModelFile.Parse(json, "a.json", "a").Kind);
        var plan = $"{{\"plan\": {{\"compute\": 1e21}}, \"spec\": {json}}}";
        Assert.Equal(SmallSpecs.Hand, ModelFile.Parse(plan, "plan.json", "plan").Spec);
    }

    [Fact]
    public void UnknownNestedKey_IsRejectedByName()
    {
        var json = MoeSpecJson.Write(SmallSpecs.Hand).Replace("\"top_k\"", "\"topk\"");
        var e = Assert.Throws<InvalidInputException>(() => MoeSpecJson.Read(json, "typo.json"));
        Assert.Equal("experts.topk", e.Field);
    }

    [Fact]
    public void FutureVersion_IsRejectedWithAdvice()
    {
        var json = MoeSpecJson.Write(SmallSpecs.Hand).Replace("\"moelab_spec_version\": 1", "\"moelab_spec_version\": 7");
        var e = Assert.Throws<InvalidInputException>(() => MoeSpecJson.Read(json, "new.json"));
        Assert.Contains("reads spec format 1, the file has 7", e.Message);
    }

    [Fact]
    public void InvalidSpecValues_NameTheJsonField()
    {
        var json = MoeSpecJson.Write(SmallSpecs.Hand).Replace("\"kv_heads\": 2", "\"kv_heads\": 3");
        var e = Assert.Throws<InvalidInputException>(() => MoeSpecJson.Read(json, "bad.json"));
        Assert.Equal(("bad.json", "attention.kv_heads"), (e.Source, e.Field));
    }
}
