using System.Text;
using System.Text.Json.Nodes;

namespace MoeLab.Cli.Tests;

/// <summary>
/// `moelab inspect` on configs at the limits of the integer fields (issue 15 §2, §7), run as the user runs it:
/// exit 0 with the exact figure, or exit 2 with one line naming the file and the field — never a wrapped or
/// negative number, never an internal error.
/// </summary>
public sealed class InspectLimitTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-inspect-limits-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string MixtralConfig(string layers = "32", string hidden = "4096", string extra = "") => $$"""
        {"model_type": "mixtral", "vocab_size": 32000, "hidden_size": {{hidden}}, "num_hidden_layers": {{layers}},
         "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336,
         "num_local_experts": 8, "num_experts_per_tok": 2{{extra}}}
        """;

    private static string Spec(int layers, int hidden, int experts, int width) => $$$"""
        {"moelab_spec_version": 1, "name": "limit", "vocab_size": 32000, "hidden_size": {{{hidden}}}, "layers": {{{layers}}},
         "context_length": 4096, "attention": {"query_heads": 64, "kv_heads": 8, "head_dim": 128},
         "experts": {"count": {{{experts}}}, "top_k": 8, "width": {{{width}}}}}
        """;

    /// <summary>Exit 2, nothing on stdout, and exactly one printable line on stderr that starts with the file.</summary>
    private static string AssertRefused(InspectCliRunner.Result r, string path)
    {
        Assert.Equal(2, r.ExitCode);
        Assert.Equal("", r.Stdout);
        var line = r.Stderr.TrimEnd('\n');
        Assert.DoesNotContain('\n', line);
        Assert.DoesNotContain(line, c => char.IsControl(c));
        Assert.StartsWith($"moelab: {path}", line);
        return line;
    }

    [Fact]
    public void MaxIntLayers_ShowsExactCounts_NotNegativeBytes()
    {
        var path = Write("max-layers.json", MixtralConfig(layers: "2147483647"));
        var r = InspectCliRunner.Run("inspect", path, "--json");
        Assert.Equal(0, r.ExitCode);
        var model = JsonNode.Parse(r.Stdout)!["data"]!["models"]![0]!;
        // 2,147,483,647 layers × 8 experts × 3 × 4096 × 14336, and 2 bytes each in bf16.
        Assert.Equal(3_026_418_948_183_687_168L, model["params"]!["total_by_component"]!["routed_experts"]!.GetValue<long>());
        Assert.Equal(6_052_837_896_367_374_336L, model["memory"]!["weight_bytes_by_component"]!["routed_experts"]!.GetValue<long>());

        var text = InspectCliRunner.Run("inspect", path, "--verbose");
        Assert.Equal(0, text.ExitCode);
        Assert.Contains("6.05 EB", text.Stdout);
        Assert.DoesNotMatch(@"\| +-\d", text.Stdout);
    }

    [Fact]
    public void WideModel_WeightBytesAre786EB_Not947PB()
    {
        var path = Write("wide.json", Spec(layers: 200, hidden: 65_536, experts: 100_000, width: 1_000_000));
        var r = InspectCliRunner.Run("inspect", path, "--json");
        Assert.Equal(0, r.ExitCode);
        var memory = JsonNode.Parse(r.Stdout)!["data"]!["models"]![0]!["memory"]!;
        Assert.Equal(7_864_320_000_000_000_000L, memory["weight_bytes_by_component"]!["routed_experts"]!.GetValue<long>());

        var text = InspectCliRunner.Run("inspect", path);
        Assert.Contains("7.86 EB", text.Stdout);
        Assert.Contains("3.93×10¹⁸", text.Stdout);
        Assert.DoesNotContain("PB", text.Stdout.Split("Weight memory by precision")[1].Split("KV cache")[0]);
    }

    [Fact]
    public void ParametersPastTheLimit_ExitTwo_NamingTheFields()
    {
        var path = Write("huge.json", Spec(layers: int.MaxValue, hidden: int.MaxValue, experts: 8, width: int.MaxValue));
        var line = AssertRefused(InspectCliRunner.Run("inspect", path), path);
        Assert.Equal($"moelab: {path}: routed-expert parameters (≈ 2.38×10²⁹) exceed 9,223,372,036,854,775,807 (2⁶³ − 1), the largest count MoeLab "
            + "computes exactly; that count grows with layers = 2,147,483,647, experts.count = 8, experts.width = 2,147,483,647 and "
            + "hidden_size = 2,147,483,647: reduce one of these", line);
    }

    [Fact]
    public void BytesPastTheLimit_ExitTwo_NamingPrecisionAndFields()
    {
        var path = Write("max-layers.json", MixtralConfig(layers: "2147483647"));
        var line = AssertRefused(InspectCliRunner.Run("inspect", path, "--dtype", "fp32"), path);
        Assert.Contains("routed-expert weights: 3,026,418,948,183,687,168 parameters in fp32 (32 bits each) come to ≈ 12.1 EB", line);
        Assert.Contains("layers = 2,147,483,647", line);
    }

    [Fact]
    public void KvCachePastTheLimit_ExitTwo_NamingBatchAndContext()
    {
        var path = Write("max-layers.json", MixtralConfig(layers: "2147483647"));
        var line = AssertRefused(InspectCliRunner.Run("inspect", path, "--batch", "1000000000", "--context", "2000000000"), path);
        Assert.Contains("the KV cache of 1,000,000,000 sequence(s) × 2,000,000,000 tokens", line);
        Assert.Contains("reduce the batch size or context_length", line);
    }

    [Theory]
    [InlineData("1e15", "field 'hidden_size': is out of range: 1e15 is larger than 2,147,483,647, the largest value MoeLab accepts here")]
    [InlineData("4096, \"hidden_size\": 4096", "field 'hidden_size': key given twice (lines 1 and 1); keep one")]
    public void ConfigMistakes_ExitTwo_WithTheirOwnMessage(string hidden, string expected)
    {
        var path = Write("config.json", MixtralConfig(hidden: hidden));
        Assert.Equal($"moelab: {path}, {expected}", AssertRefused(InspectCliRunner.Run("inspect", path), path));
    }

    [Fact]
    public void SafetensorsGivenAsModel_SaysSo()
    {
        var header = Encoding.UTF8.GetBytes("""{"model.embed_tokens.weight":{"dtype":"BF16","shape":[4,2],"data_offsets":[0,16]}}""");
        var path = Path.Combine(_dir, "model.safetensors");
        File.WriteAllBytes(path, [.. BitConverter.GetBytes((ulong)header.Length), .. header, .. new byte[16]]);
        var line = AssertRefused(InspectCliRunner.Run("inspect", path), path);
        Assert.Contains("this is a safetensors weights file", line);
        Assert.Contains("give the model's config.json, a MoeLab spec JSON or a preset name", line);
    }

    [Fact]
    public void BinaryGarbage_IsNeverEchoedRaw()
    {
        var path = Path.Combine(_dir, "garbage.json");
        File.WriteAllBytes(path, [0xEF, 0x1B, (byte)'[', (byte)'2', (byte)'J', 0x07, 0x00, 0x9B, .. new byte[100]]);
        var line = AssertRefused(InspectCliRunner.Run("inspect", path), path);
        Assert.Contains("not a JSON text file: it starts with binary data \"\\xEF\\x1B[2J\\x07\\x00\\x9B", line);
    }
}
