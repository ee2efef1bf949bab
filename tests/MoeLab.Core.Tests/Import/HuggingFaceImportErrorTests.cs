using MoeLab.Core.Import;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Import;

public sealed class HuggingFaceImportErrorTests
{
    private const string Mixtral = """
        {"model_type": "mixtral", "vocab_size": 32000, "hidden_size": 4096, "num_hidden_layers": 32,
         "num_attention_heads": 32, "num_key_value_heads": 8, "num_local_experts": 8, "num_experts_per_tok": 2,
         "intermediate_size": 14336, "max_position_embeddings": 32768}
        """;

    private static InvalidInputException Fail(string json) =>
        Assert.Throws<InvalidInputException>(() => ModelFile.Parse(json, "cfg.json", "cfg"));

    [Fact]
    public void ValidMixtral_Imports()
    {
        var spec = ModelFile.Parse(Mixtral, "cfg.json", "cfg").Spec;
        Assert.Equal(("cfg", 8, 2, 128), (spec.Name, spec.Experts!.Count, spec.Experts.TopK, spec.Attention.HeadDim));
    }

    [Fact]
    public void MalformedJson_NamesFileAndLine()
    {
        var e = Fail("{\"model_type\": \"mixtral\",\n \"vocab_size\": }");
        Assert.Equal("cfg.json", e.Source);
        Assert.Contains("malformed JSON at line 2", e.Message);
    }

    [Fact]
    public void MissingField_NamesField()
    {
        var e = Fail(Mixtral.Replace("\"num_local_experts\": 8,", ""));
        Assert.Equal("num_local_experts", e.Field);
        Assert.StartsWith("cfg.json, field 'num_local_experts': missing", e.Message);
    }

    [Fact]
    public void NegativeField_NamesFieldAndValue()
    {
        var e = Fail(Mixtral.Replace("\"hidden_size\": 4096", "\"hidden_size\": -4096"));
        Assert.Equal("hidden_size", e.Field);
        Assert.Contains("-4096", e.Message);
    }

    [Fact]
    public void WrongType_NamesField()
    {
        var e = Fail(Mixtral.Replace("\"num_experts_per_tok\": 2", "\"num_experts_per_tok\": \"two\""));
        Assert.Equal("num_experts_per_tok", e.Field);
        Assert.Contains("expected an integer", e.Message);
    }

    [Fact]
    public void TopKAboveExperts_NamesTheSpecField()
    {
        var e = Fail(Mixtral.Replace("\"num_experts_per_tok\": 2", "\"num_experts_per_tok\": 9"));
        Assert.Contains("top-k (9) cannot exceed the number of routed experts (8)", e.Message);
        Assert.Contains("experts.top_k", e.Message);
        Assert.Equal("cfg.json", e.Source);
    }

    [Fact]
    public void UnsupportedModelType_ListsSupported()
    {
        var e = Fail(Mixtral.Replace("\"mixtral\"", "\"mamba2\""));
        Assert.Equal("model_type", e.Field);
        Assert.Contains("unsupported model_type 'mamba2' (supported: mixtral, qwen2_moe", e.Message);
    }

    [Fact]
    public void HeadsNotDividingWidth_WithoutHeadDim_NamesHeads()
    {
        var e = Fail(Mixtral.Replace("\"num_attention_heads\": 32", "\"num_attention_heads\": 30"));
        Assert.Equal("num_attention_heads", e.Field);
        Assert.Contains("must divide hidden size", e.Message);
    }

    [Fact]
    public void WrapperFile_FieldPathIncludesConfig()
    {
        var wrapped = $"{{\"name\": \"x\", \"config\": {Mixtral.Replace("\"vocab_size\": 32000", "\"vocab_size\": 0")}}}";
        var e = Fail(wrapped);
        Assert.Equal("config.vocab_size", e.Field);
    }

    [Fact]
    public void Llama4_FieldPathIncludesTextConfig()
    {
        var json = """{"model_type": "llama4", "text_config": {"vocab_size": 10, "hidden_size": 64, "num_hidden_layers": 2, "num_attention_heads": 4}}""";
        var e = Fail(json);
        Assert.Equal("text_config.intermediate_size", e.Field);
    }

    [Fact]
    public void TopLevelArray_IsRejected()
    {
        var e = Fail("[1, 2]");
        Assert.Contains("expected a JSON object", e.Message);
    }

    [Fact]
    public void MissingFile_IsBadInputNamingThePath()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelFile.Read("/nonexistent/config.json"));
        Assert.Equal("/nonexistent/config.json", e.Source);
    }

    [Theory]
    [InlineData("qwen2_moe", """{"model_type":"qwen2_moe","vocab_size":100,"hidden_size":64,"num_hidden_layers":4,"num_attention_heads":4,"num_experts":8,"num_experts_per_tok":2,"moe_intermediate_size":32,"shared_expert_intermediate_size":64,"decoder_sparse_step":2,"intermediate_size":128}""")]
    [InlineData("ernie4_5_moe", """{"model_type":"ernie4_5_moe","vocab_size":100,"hidden_size":64,"num_hidden_layers":6,"num_attention_heads":4,"moe_num_experts":8,"moe_k":2,"moe_intermediate_size":32,"moe_num_shared_experts":1,"moe_layer_start_index":1,"moe_layer_end_index":4,"moe_layer_interval":1,"intermediate_size":128}""")]
    [InlineData("glm4_moe", """{"model_type":"glm4_moe","vocab_size":100,"hidden_size":64,"num_hidden_layers":4,"num_attention_heads":4,"head_dim":32,"n_routed_experts":8,"num_experts_per_tok":2,"moe_intermediate_size":32,"n_shared_experts":1,"first_k_dense_replace":1,"intermediate_size":128,"use_qk_norm":true,"num_nextn_predict_layers":1}""")]
    [InlineData("minimax_m2", """{"model_type":"minimax_m2","vocab_size":100,"hidden_size":64,"num_hidden_layers":4,"num_attention_heads":4,"head_dim":16,"num_local_experts":8,"num_experts_per_tok":2,"intermediate_size":32,"use_qk_norm":true,"use_routing_bias":true}""")]
    public void OtherFamilies_ImportWithTheirLayerPlans(string type, string json)
    {
        var spec = ModelFile.Parse(json, $"{type}.json", type).Spec;
        var expectedMoeLayers = type switch
        {
            "qwen2_moe" => new[] { 1, 3 },        // (i+1) mod 2 = 0
            "ernie4_5_moe" => [1, 2, 3, 4],       // start 1 .. end 4
            "glm4_moe" => [1, 2, 3],              // first dense
            _ => [0, 1, 2, 3],
        };
        Assert.Equal(expectedMoeLayers, spec.MoeLayers.Members(spec.Layers).ToArray());
    }
}
