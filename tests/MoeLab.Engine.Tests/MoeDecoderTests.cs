using MoeLab.Core.Validation;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;
using MoeLab.Engine.Weights;

namespace MoeLab.Engine.Tests;

public sealed class MoeDecoderTests
{
    /// <summary>Three layers, the first dense, one shared expert, GQA 4/2, untied head; weights large enough to route decisively.</summary>
    private static EngineConfig Config(bool tied = false, int shared = 1) => TinyModels.Moe(tied, shared) with { Layers = 3, ContextLength = 12 };

    private static Transformer<float> RandomModel(EngineConfig config, int seed)
    {
        var model = new Transformer<float>(config);
        var rng = new Random(seed);
        foreach (var slot in model.Layout.Slots)
        {
            var view = slot.Of(model.Parameters);
            for (var i = 0; i < view.Length; i++)
                view[i] = slot.Shape.Length == 1 ? 1f + 0.2f * (float)(rng.NextDouble() - 0.5) : 0.5f * (float)(rng.NextDouble() * 2 - 1);
        }
        return model;
    }

    private static int[] Tokens(int count, int seed, int vocab = 256)
    {
        var rng = new Random(seed);
        return Enumerable.Range(0, count).Select(_ => rng.Next(vocab)).ToArray();
    }

    [Theory]
    [InlineData(false, 1)]
    [InlineData(true, 0)]
    public void Decoder_EngineMoe_LogitsAtEveryPositionMatchFullSequenceForward(bool tied, int shared)
    {
        var config = Config(tied, shared);
        var model = RandomModel(config, seed: 11);
        var tokens = Tokens(config.ContextLength, seed: 3);
        model.Forward(tokens, default, 1, tokens.Length);
        var full = model.Output.ToArray();
        var decoder = MoeDecoder.Open(CheckpointTensorSource.FromModel(model));
        var worst = 0.0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var logits = decoder.Step(tokens[t]);
            for (var j = 0; j < config.VocabSize; j++) worst = Math.Max(worst, Math.Abs(logits[j] - full[t * config.VocabSize + j]));
            // Same routing as the full forward at this position, MoE layer by MoE layer.
            for (var l = config.FirstDenseLayers; l < config.Layers; l++)
                Assert.Equal(model.MoeLayers[l]!.Experts.Slice(t * config.TopK, config.TopK).ToArray(), decoder.RoutedExperts(l).ToArray());
        }
        Assert.True(worst <= 1e-5, $"max |Δlogit| = {worst:E3}");
    }

    [Fact]
    public void Decoder_EngineMoe_AgreesWithFloat64ForwardToFloat32Precision()
    {
        var config = Config();
        var model = RandomModel(config, seed: 12);
        var reference = new Transformer<double>(model.Layout, model.Parameters.Select(x => (double)x).ToArray());
        var tokens = Tokens(config.ContextLength, seed: 4);
        reference.Forward(tokens, default, 1, tokens.Length);
        var decoder = MoeDecoder.Open(CheckpointTensorSource.FromModel(model));
        var worst = 0.0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var logits = decoder.Step(tokens[t]);
            for (var j = 0; j < config.VocabSize; j++) worst = Math.Max(worst, Math.Abs(logits[j] - reference.Output[t * config.VocabSize + j]));
        }
        Assert.True(worst <= 1e-4, $"max |Δlogit| vs float64 = {worst:E3}");
    }

    [Fact]
    public void Decoder_Mixtral_MatchesNaiveHuggingFaceReference()
    {
        var mixtral = new TinyMixtral(seed: 7);
        var decoder = MoeDecoder.Open(mixtral.Source(), huggingFaceConfig: TinyMixtral.Config());
        Assert.Equal(ModelFamily.Mixtral, decoder.Architecture.Family);
        var tokens = Tokens(20, seed: 9, vocab: TinyMixtral.V);
        var worst = 0.0;
        for (var t = 0; t < tokens.Length; t++)
        {
            var logits = decoder.Step(tokens[t]);
            var expected = mixtral.NaiveLogits(tokens[..(t + 1)]);
            for (var j = 0; j < TinyMixtral.V; j++) worst = Math.Max(worst, Math.Abs(logits[j] - expected[j]));
        }
        Assert.True(worst <= 1e-5, $"max |Δlogit| = {worst:E3}");
    }

    [Fact]
    public void Decoder_MixtralDirectory_ReadsConfigJsonNextToWeights()
    {
        var dir = Directory.CreateTempSubdirectory("moelab-mixtral-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(dir, "config.json"), TinyMixtral.Config(maxPositions: 8).ToJsonString());
            var mixtral = new TinyMixtral(seed: 7);
            var source = new InMemoryTensorSource(dir);
            foreach (var (name, (shape, data)) in mixtral.Tensors) source.Add(name, shape, data);
            var decoder = MoeDecoder.Open(source);
            Assert.Equal(8, decoder.ContextLength);
            Assert.Equal(TinyMixtral.K, decoder.Architecture.TopK);
        }
        finally { Directory.Delete(dir, recursive: true); }
    }

    [Fact]
    public void Decoder_ExpertsCopiedToFreshBuffers_GiveBitIdenticalLogits()
    {
        foreach (var (source, architecture) in Sources())
        {
            var resident = new MoeDecoder(source, architecture, new ResidentExpertSource(source, architecture));
            var copying = new MoeDecoder(source, architecture, new CopyingExpertSource(new ResidentExpertSource(source, architecture)));
            foreach (var token in Tokens(10, seed: 5, vocab: architecture.VocabSize))
                Assert.Equal(resident.Step(token).ToArray(), copying.Step(token).ToArray());
        }
    }

    [Fact]
    public void Decoder_ForcedRouting_UsesExactlyTheGivenExpertsAndReplayOfItsOwnRoutingIsBitIdentical()
    {
        var (source, architecture) = Sources().First();
        var tokens = Tokens(10, seed: 6);

        // Replaying the router's own choices must reproduce the logits bit for bit.
        var free = new MoeDecoder(source, architecture, new ResidentExpertSource(source, architecture));
        var recorded = new List<(int[] Experts, float[] Gates)[]>();
        var freeLogits = new List<float[]>();
        foreach (var token in tokens)
        {
            freeLogits.Add(free.Step(token).ToArray());
            recorded.Add(Enumerable.Range(0, architecture.Layers).Select(l => (free.RoutedExperts(l).ToArray(), free.RoutedGates(l).ToArray())).ToArray());
        }
        var replay = new MoeDecoder(source, architecture, new ResidentExpertSource(source, architecture))
        {
            RoutingOverride = new Replay((layer, pos) => recorded[pos][layer]),
        };
        for (var t = 0; t < tokens.Length; t++) Assert.Equal(freeLogits[t], replay.Step(tokens[t]).ToArray());

        // An arbitrary forced routing is what the expert source is asked for, and what the step reports.
        var spy = new CopyingExpertSource(new ResidentExpertSource(source, architecture));
        var forced = new MoeDecoder(source, architecture, spy)
        {
            RoutingOverride = new Replay((layer, pos) => ([(pos + layer) % 4, (pos + layer + 2) % 4], [0.75f, 0.25f])),
        };
        for (var t = 0; t < tokens.Length; t++)
        {
            forced.Step(tokens[t]);
            for (var l = architecture.FirstDenseLayers; l < architecture.Layers; l++)
            {
                int[] expected = [(t + l) % 4, (t + l + 2) % 4];
                Assert.Equal(expected, forced.RoutedExperts(l).ToArray());
                Assert.Equal([0.75f, 0.25f], forced.RoutedGates(l).ToArray());
                Assert.Contains(spy.Prepared, p => p.Step == t && p.Layer == l && p.Experts.SequenceEqual(expected));
            }
        }
    }

    [Fact]
    public void Decoder_RouterTopKOnPreparedHidden_PredictsTheStepsRouting()
    {
        var (source, architecture) = Sources().First();
        var spy = new CopyingExpertSource(new ResidentExpertSource(source, architecture));
        var decoder = new MoeDecoder(source, architecture, spy);
        var predictions = new List<int[]>();
        // Called from inside Prepare, as a prefetching runtime would; must not disturb the step.
        spy.OnPrepare = (layer, hidden) =>
        {
            var predicted = new int[architecture.TopK];
            decoder.RouterTopK(layer, hidden, predicted);
            predictions.Add(predicted);
        };
        var reference = new MoeDecoder(source, architecture, new ResidentExpertSource(source, architecture));
        foreach (var token in Tokens(8, seed: 8))
        {
            Assert.Equal(reference.Step(token).ToArray(), decoder.Step(token).ToArray());
            Assert.Equal(spy.Prepared[^1].Experts, predictions[^1]);
        }
    }

    [Fact]
    public void Decoder_CacheFull_IsRefusedAndResetStartsOver()
    {
        var model = RandomModel(Config(), seed: 13);
        var decoder = MoeDecoder.Open(CheckpointTensorSource.FromModel(model), options: new DecoderOptions(ContextLength: 3));
        var first = decoder.Step(65).ToArray();
        decoder.Step(66); decoder.Step(67);
        var error = Assert.Throws<InvalidOperationException>(() => decoder.Step(68));
        Assert.Contains("KV cache is full", error.Message);
        decoder.Reset();
        Assert.Equal(first, decoder.Step(65).ToArray());
        Assert.True(decoder.Timings.Steps == 4 && decoder.Timings.TotalExpertComputeTicks > 0 && decoder.Timings.TotalDenseTicks > 0);
    }

    [Fact]
    public void Decoder_MissingTensor_IsRefusedNamingIt()
    {
        var name = "model.layers.1.self_attn.k_proj.weight";
        var error = Assert.Throws<InvalidInputException>(() => MoeDecoder.Open(new TinyMixtral(1).Source(without: name), huggingFaceConfig: TinyMixtral.Config()));
        Assert.Equal(name, error.Field);
        Assert.Contains("tiny-mixtral", error.Message);

        var expert = "model.layers.0.block_sparse_moe.experts.3.w2.weight";
        error = Assert.Throws<InvalidInputException>(() => MoeDecoder.Open(new TinyMixtral(1).Source(without: expert), huggingFaceConfig: TinyMixtral.Config()));
        Assert.Equal(expert, error.Field);
    }

    [Fact]
    public void Decoder_WrongShape_IsRefusedNamingTensorAndBothShapes()
    {
        var name = "model.layers.0.block_sparse_moe.gate.weight";
        var source = new TinyMixtral(1).Source(replace: (name, [TinyMixtral.E + 1, TinyMixtral.D], new float[(TinyMixtral.E + 1) * TinyMixtral.D]));
        var error = Assert.Throws<InvalidInputException>(() => MoeDecoder.Open(source, huggingFaceConfig: TinyMixtral.Config()));
        Assert.Equal(name, error.Field);
        Assert.Contains("[5,16]", error.Message);
        Assert.Contains("[4,16]", error.Message);
    }

    [Theory]
    [InlineData("olmoe", "OLMoE")]
    [InlineData("qwen2_moe", "Qwen2-MoE")]
    [InlineData("deepseek_v3", "DeepSeek-V3")]
    public void Decoder_UnsupportedFamily_IsRefusedNamingIt(string modelType, string named)
    {
        var config = TinyMixtral.Config();
        config["model_type"] = modelType;
        var error = Assert.Throws<InvalidInputException>(() => MoeDecoder.Open(new TinyMixtral(1).Source(), huggingFaceConfig: config));
        Assert.Equal("model_type", error.Field);
        Assert.Contains(named, error.Message);
    }

    [Fact]
    public void Decoder_UnknownNamingOrSectionalEngineModel_IsRefused()
    {
        var foreign = new InMemoryTensorSource("foreign.safetensors").Add("transformer.h.0.mlp.experts.0.weight", [2], [1f, 2f]);
        var error = Assert.Throws<InvalidInputException>(() => MoeDecoder.Open(foreign));
        Assert.Contains("transformer.h.0.mlp.experts.0.weight", error.Message);

        var sectional = new Transformer<float>(TinyModels.Dense() with { SectionalExperts = 2, FirstDenseLayers = 1 });
        error = Assert.Throws<InvalidInputException>(() => MoeDecoder.Open(CheckpointTensorSource.FromModel(sectional)));
        Assert.Contains("sectional", error.Message);
    }

    [Fact]
    public void Decoder_ForcedRoutingOutsideTheModel_IsRefused()
    {
        var (source, architecture) = Sources().First();
        var decoder = new MoeDecoder(source, architecture, new ResidentExpertSource(source, architecture))
        {
            RoutingOverride = new Replay((_, _) => ([1, 9], [0.5f, 0.5f])),
        };
        var error = Assert.Throws<InvalidInputException>(() => decoder.Step(1));
        Assert.Contains("expert 9", error.Message);
    }

    /// <summary>An engine MoE and a Mixtral-named model, each with its architecture.</summary>
    private static IEnumerable<(ITensorSource Source, DecoderArchitecture Architecture)> Sources()
    {
        var engine = CheckpointTensorSource.FromModel(RandomModel(Config(), seed: 21));
        yield return (engine, DecoderArchitecture.Read(engine));
        var mixtral = new TinyMixtral(seed: 22).Source();
        yield return (mixtral, DecoderArchitecture.Read(mixtral, TinyMixtral.Config()));
    }

    private sealed class Replay(Func<int, int, (int[] Experts, float[] Gates)> routing) : IRoutingOverride
    {
        public bool TryRoute(int layer, int position, Span<int> experts, Span<float> gates)
        {
            var (e, g) = routing(layer, position);
            e.CopyTo(experts);
            g.CopyTo(gates);
            return true;
        }
    }

    /// <summary>Copies every prepared expert's matrices into fresh arrays (as a loader into staging buffers would) and logs the calls.</summary>
    private sealed class CopyingExpertSource(IExpertSource inner) : IExpertSource
    {
        private readonly Dictionary<int, ExpertMatrices> _copies = new();
        private int _lastLayer = int.MaxValue, _step = -1;

        public List<(int Step, int Layer, int[] Experts)> Prepared { get; } = [];
        public Action<int, float[]>? OnPrepare { get; set; }

        public void Prepare(int layer, ReadOnlySpan<int> experts, ReadOnlySpan<float> hidden)
        {
            if (layer <= _lastLayer) _step++;
            _lastLayer = layer;
            Prepared.Add((_step, layer, experts.ToArray()));
            inner.Prepare(layer, experts, hidden);
            _copies.Clear();
            foreach (var e in experts)
            {
                var m = inner.Get(layer, e);
                _copies[e] = new ExpertMatrices(m.W1.ToArray(), m.W3.ToArray(), m.W2.ToArray());
            }
            OnPrepare?.Invoke(layer, hidden.ToArray());
        }

        public ExpertMatrices Get(int layer, int expert) => _copies[expert];
    }
}
