using MoeLab.Core.Validation;
using MoeLab.Offload.Traces;
using MoeLab.Testing;

namespace MoeLab.Offload.Tests;

public sealed class TraceFormatTests
{
    private static readonly TraceShape Mixtral = new(32, 8, 2);

    private static string Temp(string ext) => Path.Combine(Path.GetTempPath(), $"moelab-test-{Guid.NewGuid():N}{ext}");

    private static void AssertSameTrace(RoutingTrace a, RoutingTrace b)
    {
        Assert.Equal(a.Shape, b.Shape);
        Assert.Equal(a.TokenCount, b.TokenCount);
        Assert.Equal(a.AllExperts.ToArray(), b.AllExperts.ToArray());
        Assert.Equal(a.AllGates.ToArray(), b.AllGates.ToArray());
        Assert.Equal(a.SequenceNames, b.SequenceNames);
        Assert.Equal(a.SequenceStarts.ToArray(), b.SequenceStarts.ToArray());
    }

    [Theory]
    [InlineData(".moetrace")]
    [InlineData(".csv")]
    [InlineData(".jsonl")]
    public void RealTrace_RoundTripThroughFormat_Unchanged(string ext)
    {
        var original = JsonlTraceFormat.Read(TestPaths.SharedFile("traces", "mixtral8x7b_gsm8k_routing.jsonl"), Mixtral);
        var path = Temp(ext);
        try
        {
            TraceFiles.Save(original, path);
            AssertSameTrace(original, TraceFiles.Load(path, Mixtral));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Jsonl_ExpertIdBeyondModel_RejectedWithLine()
    {
        var text = """
            {"dataset": "x", "problem_id": 0, "layer": 0, "experts": [1, 2], "gating_probs": [0.6, 0.4], "token_idx": 0}
            {"dataset": "x", "problem_id": 0, "layer": 1, "experts": [1, 9], "gating_probs": [0.6, 0.4], "token_idx": 0}
            """;
        var e = Assert.Throws<InvalidInputException>(() => JsonlTraceFormat.Read(new StringReader(text), "t.jsonl", new TraceShape(2, 8, 2)));
        Assert.Equal(2, e.Row);
        Assert.Equal("t.jsonl", e.Source);
        Assert.Contains("expert id 9", e.Message);
    }

    [Fact]
    public void Jsonl_PartialTokenInsideASequence_RejectedWithItsFirstLine()
    {
        // Token 0 lacks layer 1 but token 1 is complete: a gap inside a generation, not a cut-off ending.
        var text = """
            {"layer": 0, "experts": [1, 2], "token_idx": 0}
            {"layer": 0, "experts": [3, 4], "token_idx": 1}
            {"layer": 1, "experts": [5, 6], "token_idx": 1}
            """;
        var e = Assert.Throws<InvalidInputException>(() => JsonlTraceFormat.Read(new StringReader(text), "t.jsonl", new TraceShape(2, 8, 2)));
        Assert.Equal(1, e.Row);
        Assert.Contains("token 0", e.Message);
    }

    [Fact]
    public void Jsonl_PartialTokensEndingASequence_DroppedAndCounted()
    {
        var text = """
            {"layer": 0, "experts": [1, 2], "token_idx": 0}
            {"layer": 1, "experts": [3, 4], "token_idx": 0}
            {"layer": 1, "experts": [5, 6], "token_idx": 1}
            """;
        var trace = JsonlTraceFormat.Read(new StringReader(text), "t.jsonl", new TraceShape(2, 8, 2));
        Assert.Equal(1, trace.TokenCount);
        Assert.Equal(1, trace.DroppedIncompleteTokens);
        Assert.Equal(1, trace.DroppedIncompleteRecords);
    }

    [Fact]
    public void Jsonl_FewerThanTopK_RejectedWithLine()
    {
        var text = """
            {"layer": 0, "experts": [1, 2], "token_idx": 0}
            {"layer": 1, "experts": [3], "token_idx": 0}
            """;
        var e = Assert.Throws<InvalidInputException>(() => JsonlTraceFormat.Read(new StringReader(text), "t.jsonl", new TraceShape(2, 8, 2)));
        Assert.Equal(2, e.Row);
        Assert.Contains("top-2", e.Message);
    }

    [Fact]
    public void Jsonl_WrongLayerCount_Rejected()
    {
        var e = Assert.Throws<InvalidInputException>(() => JsonlTraceFormat.Read(TestPaths.SharedFile("traces", "mixtral8x7b_gsm8k_routing.jsonl"), new TraceShape(24, 8, 2)));
        Assert.Contains("layer", e.Message);
        Assert.NotNull(e.Row);
    }

    [Fact]
    public void Csv_MissingExpertForALayer_RejectedWithRow()
    {
        var text = "token,layer,expert\n0,0,1\n0,0,2\n0,1,3\n1,0,1\n1,0,2\n1,1,3\n1,1,4\n";
        var e = Assert.Throws<InvalidInputException>(() => CsvTraceFormat.Read(new StringReader(text), "t.csv", new TraceShape(2, 8, 2)));
        Assert.Equal(2, e.Row); // token 0 starts on row 2
    }

    [Fact]
    public void Csv_NoHeaderWithWeights_ReadsGates()
    {
        var text = "0,0,1,0.7\n0,0,2,0.3\n1,0,5,0.9\n1,0,2,0.1\n0,0,3,0.5\n0,0,4,0.5\n";
        var trace = CsvTraceFormat.Read(new StringReader(text), "t.csv", new TraceShape(1, 8, 2));
        Assert.Equal(3, trace.TokenCount);
        Assert.Equal(2, trace.SequenceCount); // token index went down: a new sequence
        Assert.Equal([5, 2], trace.Experts(1, 0).ToArray());
        Assert.Equal(0.9f, trace.Gates(1, 0)[0]);
    }

    [Fact]
    public void Binary_BadMagic_RejectedWithConversionHint()
    {
        var path = Temp(".moetrace");
        try
        {
            File.WriteAllText(path, "{\"layer\": 0}\n and more bytes to pass the header size check ....");
            var e = Assert.Throws<InvalidInputException>(() => BinaryTraceReader.Open(path));
            Assert.Contains("trace convert", e.Message);
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Binary_Truncated_Rejected()
    {
        var trace = TestTraces.Random(1, tokens: 50);
        var path = Temp(".moetrace");
        try
        {
            TraceFiles.Save(trace, path);
            var bytes = File.ReadAllBytes(path);
            File.WriteAllBytes(path, bytes[..^3]);
            Assert.Throws<InvalidInputException>(() => BinaryTraceReader.Open(path));
        }
        finally { File.Delete(path); }
    }

    [Fact]
    public void Readers_CloneAndReset_ReplayTheSameRecords()
    {
        var trace = TestTraces.Random(2, tokens: 30);
        using var reader = trace.OpenReader();
        var record = new RoutingRecord(2);
        var first = new List<int>();
        while (reader.TryRead(record)) first.AddRange(record.Experts);
        reader.Reset();
        using var clone = reader.Clone();
        var again = new List<int>();
        while (clone.TryRead(record)) again.AddRange(record.Experts);
        Assert.Equal(first, again);
        Assert.Equal(trace.AllExperts.ToArray(), first);
    }
}
