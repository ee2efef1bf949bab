using MoeLab.Core.Validation;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Synthetic;

/// <summary>
/// A seeded synthetic routing trace held in memory: the first <c>tokens</c> of a <see cref="SyntheticRoutingStream"/>.
/// For traces too long to hold, stream them instead (<see cref="SyntheticTraceFile"/> writes one straight to disk).
/// </summary>
public static class SyntheticRoutingGenerator
{
    public static RoutingTrace Generate(TraceShape shape, int tokens, SyntheticRoutingParameters parameters, int seed)
    {
        parameters.Validate();
        Preconditions.Positive(tokens, "tokens");
        var stream = new SyntheticRoutingStream(shape, parameters, seed);
        var builder = new RoutingTraceBuilder(shape, withGates: true);
        var experts = new int[shape.Layers * shape.TopK];
        var gates = new float[experts.Length];
        for (var t = 0; t < tokens; t++)
        {
            stream.Next(experts, gates);
            builder.AddToken(experts, gates);
        }
        return builder.Build();
    }
}
