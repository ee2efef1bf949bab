using MoeLab.Offload.Traces;
using MoeLab.Testing;

namespace MoeLab.Offload.Tests;

public sealed class BuiltInTraceTests
{
    [Theory]
    [InlineData("mixtral-8x7b-gsm8k", "mixtral8x7b_gsm8k_routing.jsonl")]
    [InlineData("mixtral-8x7b-humaneval", "mixtral8x7b_humaneval_routing.jsonl")]
    public void EmbeddedTrace_EqualsJsonlReadingOfTheSharedOriginal(string name, string file)
    {
        var embedded = BuiltInTraces.Load(name);
        var original = JsonlTraceFormat.Read(TestPaths.SharedFile("traces", file), new TraceShape(32, 8, 2));
        Assert.Equal(original.AllExperts.ToArray(), embedded.AllExperts.ToArray());
        Assert.Equal(original.AllGates.ToArray(), embedded.AllGates.ToArray());
        Assert.Equal(original.SequenceNames, embedded.SequenceNames);
        Assert.Equal(original.SequenceStarts.ToArray(), embedded.SequenceStarts.ToArray());
    }

    [Fact]
    public void UnknownBuiltIn_SuggestsNearest()
    {
        var e = Assert.Throws<MoeLab.Core.Validation.InvalidInputException>(() => BuiltInTraces.Load("mixtral-8x7b-gsm8"));
        Assert.Contains("mixtral-8x7b-gsm8k", e.Message);
    }
}
