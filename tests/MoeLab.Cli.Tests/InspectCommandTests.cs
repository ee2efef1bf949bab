using System.Text.Json.Nodes;

namespace MoeLab.Cli.Tests;

public sealed class InspectCommandTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-inspect-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Preset_ExitsZero_WithBreakdownTriadAndMemoryTables()
    {
        var r = InspectCliRunner.Run("inspect", "mixtral-8x7b", "--verbose");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Parameters by component", r.Stdout);
        Assert.Contains("46,702,792,704", r.Stdout);
        Assert.Contains("Seed 001 constraint triad", r.Stdout);
        Assert.Contains("Weight memory by precision", r.Stdout);
        Assert.Equal("", r.Stderr);
    }

    [Fact]
    public void Json_CarriesRawCountsUnderEachConvention()
    {
        var r = InspectCliRunner.Run("inspect", "deepseek-v3", "--json");
        Assert.Equal(0, r.ExitCode);
        var model = JsonNode.Parse(r.Stdout)!["data"]!["models"]![0]!;
        var p = model["params"]!;
        Assert.InRange(p["total_params_excluding_mtp"]!.GetValue<long>() / 1e9, 671.0, 671.1); // vendor: 671B main model
        Assert.True(p["total_params"]!.GetValue<long>() > p["total_params_excluding_mtp"]!.GetValue<long>());
    }

    [Fact]
    public void TwoModels_ShowSideBySide()
    {
        var r = InspectCliRunner.Run("inspect", "mixtral-8x7b", "qwen3-30b-a3b", "--context", "4096");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Side by side", r.Stdout);
        Assert.Contains("Qwen3-30B-A3B", r.Stdout);
    }

    [Fact]
    public void MalformedConfig_ExitsTwo_NamingFileAndField()
    {
        var path = Write("config.json", """{"model_type": "mixtral", "vocab_size": 32000, "hidden_size": -1}""");
        var r = InspectCliRunner.Run("inspect", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Equal($"moelab: {path}, field 'hidden_size': must be a positive integer, got -1", r.Stderr.Trim());
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void BrokenJson_ExitsTwo_NamingFile()
    {
        var path = Write("broken.json", "{\"model_type\": ");
        var r = InspectCliRunner.Run("inspect", path);
        Assert.Equal(2, r.ExitCode);
        Assert.StartsWith($"moelab: {path}: malformed JSON", r.Stderr);
        Assert.DoesNotContain("   at ", r.Stderr);
    }

    [Fact]
    public void UnknownModelType_ExitsTwo_ListingSupported()
    {
        var path = Write("mamba.json", """{"model_type": "mamba", "vocab_size": 10}""");
        var r = InspectCliRunner.Run("inspect", path);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains($"{path}, field 'model_type': unsupported model_type 'mamba' (supported: mixtral", r.Stderr);
    }

    [Fact]
    public void UnknownPreset_ExitsTwo_SuggestingNearest()
    {
        var r = InspectCliRunner.Run("inspect", "deepsek-v3");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("unknown model preset 'deepsek-v3'; did you mean 'deepseek-v3'?", r.Stderr);
    }

    [Fact]
    public void BadDtype_ExitsTwo_NamingOption()
    {
        var r = InspectCliRunner.Run("inspect", "mixtral-8x7b", "--dtype", "fp5");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("option '--dtype': unknown precision 'fp5'", r.Stderr);
    }

    [Fact]
    public void DtypeAndContextOverrides_ChangeBytesAsExpected()
    {
        static JsonNode Memory(params string[] extra)
        {
            var r = InspectCliRunner.Run(["inspect", "mixtral-8x7b", "--json", .. extra]);
            Assert.Equal(0, r.ExitCode);
            return JsonNode.Parse(r.Stdout)!["data"]!["models"]![0]!["memory"]!;
        }
        var bf16 = Memory();
        var int4 = Memory("--dtype", "int4", "--context", "1024", "--batch", "3");
        // Experts: 45,097,156,608 weights at 4 bits + one fp16 scale per 128 weights, instead of 16 bits.
        const long experts = 45_097_156_608;
        var expertBytesInt4 = (experts * 4 + experts / 128 * 16) / 8;
        Assert.Equal(expertBytesInt4, int4["weight_bytes_by_component"]!["routed_experts"]!.GetValue<long>());
        Assert.Equal(2 * experts, bf16["weight_bytes_by_component"]!["routed_experts"]!.GetValue<long>());
        // KV: 3 sequences × 1024 tokens × 128 KiB per token.
        Assert.Equal(3L * 1024 * 131_072, int4["kv_cache_bytes_at_context"]!.GetValue<long>());
    }

    [Fact]
    public void SpecJsonWrittenByJsonOutput_IsReadBack()
    {
        // The --json result embeds the spec in MoeLab's format; a file holding it must inspect to the same counts.
        var first = InspectCliRunner.Run("inspect", "qwen1.5-moe-a2.7b", "--json");
        var model = JsonNode.Parse(first.Stdout)!["data"]!["models"]![0]!;
        var path = Write("spec.json", model["spec"]!.ToJsonString());
        var second = InspectCliRunner.Run("inspect", path, "--json");
        Assert.Equal(0, second.ExitCode);
        var again = JsonNode.Parse(second.Stdout)!["data"]!["models"]![0]!;
        Assert.Equal(model["params"]!.ToJsonString(), again["params"]!.ToJsonString());
    }
}
