using MoeLab.Offload.Synthetic;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Tests;

/// <summary>Small seeded traces for property tests.</summary>
internal static class TestTraces
{
    public static RoutingTrace Random(int seed, int layers = 4, int experts = 8, int topK = 2, int tokens = 400, double zipf = 0.8, double sticky = 0.3) =>
        SyntheticRoutingGenerator.Generate(new TraceShape(layers, experts, topK), tokens, new SyntheticRoutingParameters(zipf, sticky), seed);

    /// <summary>A one-layer, top-1 trace with the given expert per token.</summary>
    public static RoutingTrace FromExperts(int experts, params int[] perToken)
    {
        var builder = new RoutingTraceBuilder(new TraceShape(1, experts, 1), withGates: false);
        foreach (var e in perToken) builder.AddToken([e], default);
        return builder.Build();
    }
}
