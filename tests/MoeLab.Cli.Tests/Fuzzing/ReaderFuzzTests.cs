using System.Text;
using MoeLab.Core.Accounting;
using MoeLab.Core.Hardware;
using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Core.Validation;
using MoeLab.Engine.Checkpoints;
using MoeLab.Engine.Weights;
using MoeLab.Offload.Traces;
using MoeLab.Scaling.Data;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests.Fuzzing;

/// <summary>
/// Fuzzes every reader of a user's file with mutated copies of valid files (<see cref="MutationFuzzer"/>): each input must
/// either read or be refused with <see cref="InvalidInputException"/> (the one-line, exit-2 message). Any other exception
/// is a crash, which the CLI would report as an internal error. 2,000 inputs per reader by default;
/// <c>MOELAB_FUZZ_INPUTS=100000</c> for the full pass.
/// </summary>
public sealed class ReaderFuzzTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-fuzz-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void ConfigJson_EveryMutation_ReadsOrIsRefusedAsBadInput()
    {
        byte[][] seeds =
        [
            File.ReadAllBytes(TestPaths.SharedFile("models", "mixtral-8x7b-v0.1.json")),
            File.ReadAllBytes(TestPaths.SharedFile("models", "deepseek-v3.json")),
            File.ReadAllBytes(TestPaths.SharedFile("models", "jamba-v0.1.json")),
            Encoding.UTF8.GetBytes(MoeSpecJson.Write(ModelPresets.Get("olmoe").Spec)),
        ];
        // Accounting runs on what was read, as inspect does: a huge but well-formed count must be exact or refused too.
        Fuzz("config.json", seeds, ["hidden_size", "num_hidden_layers", "num_local_experts", "num_experts_per_tok", "intermediate_size", "vocab_size", "model_type"],
            path => ModelAccountant.Account(ModelFile.Read(path).Spec));
    }

    [Fact]
    public void RunsCsv_EveryMutation_ReadsOrIsRefusedAsBadInput()
    {
        byte[][] seeds =
        [
            Encoding.UTF8.GetBytes("N,D,loss\n1e8,2e9,3.1\n2e8,4e9,3.0\n4e8,8e9,2.9\n"),
            Encoding.UTF8.GetBytes("N,D,C,loss,E,G\n1e8,2e9,1.2e18,3.1,8,1\n2e8,4e9,4.8e18,3.0,8,2\n\"4e8\",8e9,1.92e19,2.9,1,1\n"),
        ];
        Fuzz("runs.csv", seeds, ["N", "D", "C", "loss", "E", "G"], path => RunTableReader.Read(path));
    }

    [Fact]
    public void TraceJsonl_EveryMutation_ReadsOrIsRefusedAsBadInput() =>
        Fuzz("trace.jsonl", [SmallTrace(TraceFormat.Jsonl)], ["token_idx", "layer", "experts", "gating_probs", "dataset", "problem_id"],
            path => JsonlTraceFormat.Read(path));

    [Fact]
    public void TraceCsv_EveryMutation_ReadsOrIsRefusedAsBadInput() =>
        Fuzz("trace.csv", [SmallTrace(TraceFormat.Csv)], ["sequence", "token", "layer", "expert", "weight"],
            path => CsvTraceFormat.Read(path, new TraceShape(32, 8, 2)));

    [Fact]
    public void TraceBinary_EveryMutation_ReadsOrIsRefusedAsBadInput() =>
        Fuzz("trace.moetrace", [SmallTrace(TraceFormat.Binary)], ["MOETRACE"], path => BinaryTraceFormat.Read(path));

    [Fact]
    public void SafetensorsHeader_EveryMutation_ReadsOrIsRefusedAsBadInput()
    {
        var path = Path.Combine(_dir, "seed.safetensors");
        SafeTensorsFile.Write(path, [SafeTensor.FromFloats("w", [2, 3], [1, 2, 3, 4, 5, 6]), SafeTensor.FromFloats("b", [3], [7, 8, 9])],
            new Dictionary<string, string> { ["step"] = "3" });
        // Both readers: the checkpoint reader (train --resume, generate) and the weights reader (replay --model).
        Fuzz("model.safetensors", [File.ReadAllBytes(path)], ["dtype", "shape", "data_offsets", "__metadata__", "F32", "BF16", "F64"], p =>
        {
            Guarded(() => SafeTensorsFile.Read(p));
            SafeTensorsHeader.Read(p);
        });
    }

    [Fact]
    public void HardwareYaml_EveryMutation_ReadsOrIsRefusedAsBadInput()
    {
        const string yaml = "name: rtx3090-pcie3\ndescription: RTX 3090\nfast_tier_capacity_bytes: 25769803776\nfast_tier_bandwidth_bytes_per_second: 936e9\n" +
                            "bus_bandwidth_bytes_per_second: 12_000_000_000\nbus_latency_seconds: 1.2e-5\naccelerator_flops_per_second: 71e12\naccelerator_dtype: bf16\n" +
                            "cpu_flops_per_second: 1e12\ncpu_memory_bandwidth_bytes_per_second: 50e9\nlink_bandwidth_bytes_per_second: 64e9\nlink_latency_seconds: 2e-6\n" +
                            "kernel_launch_latency_seconds: 5e-6\noffloaded_experts_in_host_memory: true\n";
        Fuzz("profile.yaml", [Encoding.UTF8.GetBytes(yaml), Encoding.UTF8.GetBytes("base: rtx4090-pcie4\nbus_bandwidth_bytes_per_second: 15.75e9\n")],
            ["base", "name", "- ", "&a", "*a", "!!binary", "{", "}", "[", "]", "---", "...", "#"], path => HardwareProfileFile.Load(path));
    }

    [Fact]
    public void LadderDesignYaml_EveryMutation_ReadsOrIsRefusedAsBadInput()
    {
        byte[][] seeds =
        [
            File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "docs", "designs", "tiny-configurations.yaml")),
            File.ReadAllBytes(Path.Combine(TestPaths.RepoRoot, "docs", "designs", "seed001-micro.yaml")),
        ];
        // Parse only: planning a mutated design solves shapes (the planner has its own bad-input tests), and a mutation
        // that asks for 1e9 layers would make one input take as long as the whole pass.
        Fuzz("design.yaml", seeds, ["c", "m_over_na", "n_over_na", "d", "layers", "backbone", "configurations", "- ", "[", "]", "{", "}", "&a", "*a", "#"],
            path => MoeLab.Engine.Training.Seed001Ladder.LadderDesignFile.Parse(File.ReadAllText(path), path));
    }

    /// <summary>The first 6 tokens (every layer) of the published HumanEval trace, written in <paramref name="format"/>.</summary>
    private byte[] SmallTrace(TraceFormat format)
    {
        // The published trace is layer-major: a token's 32 records are 32 × (tokens of the problem) lines apart.
        var lines = File.ReadLines(TestPaths.SharedFile("traces", "mixtral8x7b_humaneval_routing.jsonl"))
            .Where(line => { using var doc = System.Text.Json.JsonDocument.Parse(line); var r = doc.RootElement;
                return r.GetProperty("problem_id").GetInt32() == 0 && r.GetProperty("token_idx").GetInt32() < 6; });
        var jsonl = Path.Combine(_dir, "small.jsonl");
        File.WriteAllLines(jsonl, lines);
        if (format == TraceFormat.Jsonl) return File.ReadAllBytes(jsonl);
        var path = Path.Combine(_dir, format == TraceFormat.Csv ? "small.csv" : "small.moetrace");
        TraceFiles.Save(JsonlTraceFormat.Read(jsonl), path);
        return File.ReadAllBytes(path);
    }

    private static void Guarded(Action read)
    {
        try
        {
            read();
        }
        catch (InvalidInputException)
        {
            // refused as bad input: the wanted outcome for a malformed file
        }
    }

    private void Fuzz(string name, IReadOnlyList<byte[]> seeds, IReadOnlyList<string> dictionary, Action<string> read)
    {
        var path = Path.Combine(_dir, name);
        foreach (var seed in seeds)
        {
            File.WriteAllBytes(path, seed);
            read(path); // every seed reads: the mutations start from valid files
        }
        var fuzzer = new MutationFuzzer(seed: name.Sum(c => c) * 7919, seeds, dictionary);
        var crashes = new List<string>();
        var inputs = MutationFuzzer.InputsPerReader;
        for (var i = 0; i < inputs; i++)
        {
            var input = fuzzer.Next();
            File.WriteAllBytes(path, input);
            try
            {
                read(path);
            }
            catch (InvalidInputException e)
            {
                Assert.DoesNotContain('\n', e.Message); // the CLI prints it as one line
            }
            catch (Exception e)
            {
                if (crashes.Count < 5)
                    crashes.Add($"{e.GetType().Name}: {e.Message} at {e.StackTrace?.Split('\n').FirstOrDefault()?.Trim()} — input {i} ({input.Length} bytes, base64 {Convert.ToBase64String(input.AsSpan(0, Math.Min(input.Length, 300)))})");
                else crashes.Add("");
            }
        }
        Assert.True(crashes.Count == 0, $"{crashes.Count} of {inputs} mutated {name} inputs crashed the reader:\n{string.Join('\n', crashes.Where(c => c.Length > 0))}");
    }
}
