using System.Text;
using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Import;

/// <summary>
/// What reading a model file says when the file is wrong in ways issue 15 §7 found misleading: numbers past the
/// int range, keys given twice, weights or other binary given as a config, non-printing characters in values.
/// </summary>
public sealed class ImportMessageTests : IDisposable
{
    private const string Mixtral = """
        {"model_type": "mixtral", "vocab_size": 32000, "hidden_size": 4096, "num_hidden_layers": 32,
         "num_attention_heads": 32, "num_key_value_heads": 8, "num_local_experts": 8, "num_experts_per_tok": 2,
         "intermediate_size": 14336, "max_position_embeddings": 32768}
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static InvalidInputException Fail(string json) =>
        Assert.Throws<InvalidInputException>(() => ModelFile.Parse(json, "cfg.json", "cfg"));

    private string WriteBytes(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertPrintableOneLine(string message) =>
        Assert.DoesNotContain(message, c => char.IsControl(c));

    [Theory]
    [InlineData("1e15")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999999")]
    [InlineData("1e400")]
    public void IntegerPastIntRange_IsOutOfRange_NamingTheLimit(string value)
    {
        var e = Fail(Mixtral.Replace("\"hidden_size\": 4096", $"\"hidden_size\": {value}"));
        Assert.Equal($"cfg.json, field 'hidden_size': is out of range: {value} is larger than 2,147,483,647, the largest value MoeLab accepts here", e.Message);
    }

    [Theory]
    [InlineData("4096.5", "expected an integer, got 4096.5")]
    [InlineData("-1e15", "must be a positive integer, got -1e15")]
    [InlineData("0", "must be a positive integer, got 0")]
    [InlineData("\"4096\"", "expected an integer, got \"4096\"")]
    public void IntegerBelowRangeOrFractional_SaysWhich(string value, string expected) =>
        Assert.Equal($"cfg.json, field 'hidden_size': {expected}", Fail(Mixtral.Replace("\"hidden_size\": 4096", $"\"hidden_size\": {value}")).Message);

    [Fact]
    public void WholeValuedDouble_StillReadsAsAnInteger() =>
        Assert.Equal(4096, ModelFile.Parse(Mixtral.Replace("\"hidden_size\": 4096", "\"hidden_size\": 4096.0"), "cfg.json", "cfg").Spec.HiddenSize);

    [Fact]
    public void DuplicatedKey_IsBadInput_NamingKeyAndBothLines()
    {
        var e = Fail(Mixtral.Replace("\"vocab_size\": 32000,", "\"vocab_size\": 32000,\n \"vocab_size\": 32001,"));
        Assert.Equal("cfg.json, field 'vocab_size': key given twice (lines 1 and 2); keep one", e.Message);
    }

    [Fact]
    public void DuplicatedKey_Nested_NamesItsPath()
    {
        const string json = """
            {"moelab_spec_version": 1, "layers": [1, {"a": 1}],
             "attention": {"query_heads": 8,
                           "kv_heads": 8, "kv_heads": 4}}
            """;
        var e = Assert.Throws<InvalidInputException>(() => MoeSpecJson.Read(json, "spec.json"));
        Assert.Equal("spec.json, field 'attention.kv_heads': key given twice (lines 3 and 3); keep one", e.Message);
    }

    [Fact]
    public void SafetensorsFile_IsNamedForWhatItIs()
    {
        var header = Encoding.UTF8.GetBytes("""{"w":{"dtype":"BF16","shape":[2,2],"data_offsets":[0,8]}}""");
        var bytes = BitConverter.GetBytes((ulong)header.Length).Concat(header).Concat(new byte[8]).ToArray();
        var path = WriteBytes("model.safetensors", bytes);
        var e = Assert.Throws<InvalidInputException>(() => ModelFile.Read(path));
        Assert.Equal($"{path}: this is a safetensors weights file (73.0 B, a 57-byte tensor header), not a model config: "
            + "give the model's config.json, a MoeLab spec JSON or a preset name", e.Message);
    }

    [Theory]
    [InlineData("GGUF", "this is a GGUF model file")]
    [InlineData("PK\u0003\u0004", "this is a zip archive (a PyTorch checkpoint?)")]
    public void OtherWeightFormats_AreNamed(string magic, string expected)
    {
        var path = WriteBytes("weights.bin", [.. Encoding.Latin1.GetBytes(magic), .. new byte[64]]);
        Assert.Contains(expected, Assert.Throws<InvalidInputException>(() => ModelFile.Read(path)).Message);
    }

    [Fact]
    public void BinaryGarbage_IsShownAsAShortEscapedExcerpt_NeverRaw()
    {
        byte[] garbage = [0xEF, 0x1B, (byte)'[', (byte)'3', (byte)'1', (byte)'m', 0x07, 0x00, 0xFF, 0x80, 0x0D, 0x0A, .. Enumerable.Range(0, 200).Select(i => (byte)i)];
        var path = WriteBytes("garbage.json", garbage);
        var e = Assert.Throws<InvalidInputException>(() => ModelFile.Read(path));
        Assert.Equal($"{path}: not a JSON text file: it starts with binary data \"\\xEF\\x1B[31m\\x07\\x00\\xFF\\x80\\x0D\\x0A\\x00\\x01\\x02\\x03…\"; "
            + "give the model's config.json, a MoeLab spec JSON or a preset name", e.Message);
        AssertPrintableOneLine(e.Message);
    }

    [Fact]
    public void ControlCharactersInValues_AreEscapedInTheMessage()
    {
        var e = Fail(Mixtral.Replace("\"mixtral\"", "\"mix\\u001b[31mtral\\u0007\\n\\u202e\""));
        Assert.StartsWith("cfg.json, field 'model_type': unsupported model_type 'mix\\x1B[31mtral\\x07\\x0A\\u202E'", e.Message);
        AssertPrintableOneLine(e.Message);
    }

    [Fact]
    public void ControlCharactersInKeys_AreEscapedInTheFieldName()
    {
        var e = Assert.Throws<InvalidInputException>(() => MoeSpecJson.Read("""{"moelab_spec_version": 1, "attention": {"q\u001b]0;pwned\u0007": 1}}""", "spec.json"));
        Assert.StartsWith("spec.json, field 'attention.q\\x1B]0;pwned\\x07': unknown field", e.Message);
        AssertPrintableOneLine(e.Message);
    }

    [Fact]
    public void TextWithByteOrderMarks_StillReads()
    {
        var utf8 = WriteBytes("bom8.json", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Mixtral)]);
        var utf16 = WriteBytes("bom16.json", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Mixtral)]);
        Assert.Equal(4096, ModelFile.Read(utf8).Spec.HiddenSize);
        Assert.Equal(4096, ModelFile.Read(utf16).Spec.HiddenSize);
    }

    [Fact]
    public void Directory_IsNotFileNotFound()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelPresets.Resolve(_dir));
        Assert.Equal($"{_dir}: is a directory, not a model file (give a config.json or a MoeLab spec JSON)", e.Message);
        File.WriteAllText(Path.Combine(_dir, "config.json"), Mixtral);
        e = Assert.Throws<InvalidInputException>(() => ModelPresets.Resolve(_dir));
        Assert.Equal($"{_dir}: is a directory, not a model file; did you mean {Path.Combine(_dir, "config.json")}?", e.Message);
    }

    // Arithmetic on config values that used to wrap before any check saw it.
    [Fact]
    public void DerivedValuesPastIntRange_NameTheConfigField()
    {
        const string deepSeek = """
            {"model_type": "deepseek_v3", "vocab_size": 1000, "hidden_size": 64, "num_hidden_layers": 4, "num_attention_heads": 4,
             "q_lora_rank": 16, "kv_lora_rank": 16, "qk_nope_head_dim": 2147483647, "qk_rope_head_dim": 64, "v_head_dim": 16,
             "moe_intermediate_size": 32, "n_routed_experts": 8, "num_experts_per_tok": 2, "intermediate_size": 128}
            """;
        Assert.Equal("cfg.json, field 'qk_nope_head_dim': plus qk_rope_head_dim (2147483647 + 64) exceeds 2,147,483,647, the largest head dim MoeLab represents",
            Fail(deepSeek).Message);

        var fp8 = Mixtral.Replace("\"max_position_embeddings\": 32768", "\"quantization_config\": {\"quant_method\": \"fp8\", \"weight_block_size\": [2147483647, 2]}");
        Assert.Equal("cfg.json, field 'quantization_config.weight_block_size': a 2147483647 × 2 block holds 4,294,967,294 weights, more than the 2,147,483,647 one scale can cover",
            Fail(fp8).Message);

        const string grok = """
            {"emb_size": 2147483647, "num_q_heads": 1, "num_kv_heads": 1, "key_size": 1, "vocab_size": 1, "num_layers": 1,
             "num_experts": 8, "num_selected_experts": 2, "widening_factor": 8}
            """;
        Assert.StartsWith("cfg.json, field 'widening_factor': gives an FFN width of 1.145e+10 at emb_size 2147483647", Fail(grok).Message);

        const string ernie = """
            {"model_type": "ernie4_5_moe", "vocab_size": 1000, "hidden_size": 64, "num_hidden_layers": 2147483647, "num_attention_heads": 4,
             "num_key_value_heads": 2, "intermediate_size": 128, "moe_intermediate_size": 32, "moe_num_experts": 8, "moe_k": 2, "moe_layer_end_index": 3}
            """;
        Assert.StartsWith("cfg.json, field 'moe_layer_end_index': (3) leaves 2,147,483,643 layers after it dense", Fail(ernie).Message);

        const string jamba = """
            {"model_type": "jamba", "vocab_size": 1000, "hidden_size": 2147483647, "num_hidden_layers": 1, "num_attention_heads": 1,
             "num_key_value_heads": 1, "head_dim": 1, "intermediate_size": 1, "num_experts": 2, "num_experts_per_tok": 1}
            """;
        Assert.Equal(134_217_728, ModelFile.Parse(jamba, "cfg.json", "cfg").Spec.Mamba!.DtRank);
    }
}
