using MoeLab.Core.Validation;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Simulation;

/// <summary>
/// The expert requests a trace makes when B tokens are processed together: per step (B consecutive trace
/// tokens, standing in for B concurrent sequences or a B-token prompt chunk) and per layer, the union of the
/// experts those tokens chose, in order of first choice, with how many tokens each serves. With B = 1 this is
/// the trace itself. Next-use indices and popularity are precomputed here for the offline policies.
/// </summary>
public sealed class RequestStream
{
    private readonly int[] _experts;
    private readonly int[] _tokenCounts;
    private readonly int[] _offsets;
    private readonly int[] _stepFirstToken;
    private long[]? _nextUse;

    private RequestStream(TraceShape shape, int batchTokens, int promptTokens, int[] stepFirstToken, int[] experts, int[] tokenCounts, int[] offsets)
    {
        Shape = shape;
        BatchTokens = batchTokens;
        PromptTokens = promptTokens;
        _stepFirstToken = stepFirstToken;
        StepCount = stepFirstToken.Length - 1;
        _experts = experts;
        _tokenCounts = tokenCounts;
        _offsets = offsets;
    }

    public TraceShape Shape { get; }
    public int BatchTokens { get; }

    /// <summary>Tokens of the prompt processed as step 0 (prefill); 0 when the stream is decode only.</summary>
    public int PromptTokens { get; }

    public int StepCount { get; }

    /// <summary>Trace tokens processed together at a step.</summary>
    public int TokensAt(int step) => _stepFirstToken[step + 1] - _stepFirstToken[step];

    /// <summary>Trace index of the first token of a step.</summary>
    public int FirstTokenAt(int step) => _stepFirstToken[step];

    public int TokenCount => _stepFirstToken[^1];
    public long RequestCount => _experts.Length;

    /// <param name="promptTokens">When positive, the first this many tokens form one prefill step (their union of experts).</param>
    public static RequestStream FromTrace(RoutingTrace trace, int batchTokens = 1, int promptTokens = 0, int maxTokens = int.MaxValue)
    {
        Preconditions.Positive(batchTokens, "batch size");
        Preconditions.NonNegative(promptTokens, "prompt tokens");
        var shape = trace.Shape;
        var tokens = Math.Min(trace.TokenCount, maxTokens);
        Preconditions.That(promptTokens < tokens, $"the prompt ({promptTokens} tokens) must be shorter than the trace ({tokens} tokens)", "prompt tokens");
        var firsts = new List<int>();
        if (promptTokens > 0) firsts.Add(0);
        for (var t = promptTokens; t < tokens; t += batchTokens) firsts.Add(t);
        firsts.Add(tokens);
        var stepFirstToken = firsts.ToArray();
        var steps = stepFirstToken.Length - 1;
        var experts = new List<int>(tokens * shape.Layers * shape.TopK);
        var counts = new List<int>(experts.Capacity);
        var offsets = new int[steps * shape.Layers + 1];
        var countOf = new int[shape.ExpertsPerLayer];
        for (var step = 0; step < steps; step++)
        {
            var first = stepFirstToken[step];
            var last = stepFirstToken[step + 1];
            for (var layer = 0; layer < shape.Layers; layer++)
            {
                var start = experts.Count;
                offsets[step * shape.Layers + layer] = start;
                for (var t = first; t < last; t++)
                    foreach (var e in trace.Experts(t, layer))
                    {
                        if (countOf[e]++ == 0) experts.Add(e);
                    }
                for (var i = start; i < experts.Count; i++)
                {
                    counts.Add(countOf[experts[i]]);
                    countOf[experts[i]] = 0;
                }
            }
        }
        offsets[^1] = experts.Count;
        return new RequestStream(shape, batchTokens, promptTokens, stepFirstToken, [.. experts], [.. counts], offsets);
    }

    /// <summary>Experts needed at (step, layer), with the number of batch tokens routed to each.</summary>
    public (ReadOnlyMemory<int> Experts, ReadOnlyMemory<int> TokenCounts, int FirstRequest) At(int step, int layer)
    {
        var i = step * Shape.Layers + layer;
        var start = _offsets[i];
        var length = _offsets[i + 1] - start;
        return (_experts.AsMemory(start, length), _tokenCounts.AsMemory(start, length), start);
    }

    public ReadOnlySpan<int> ExpertsAt(int step, int layer)
    {
        var i = step * Shape.Layers + layer;
        return _experts.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);
    }

    public ReadOnlySpan<int> TokenCountsAt(int step, int layer)
    {
        var i = step * Shape.Layers + layer;
        return _tokenCounts.AsSpan(_offsets[i], _offsets[i + 1] - _offsets[i]);
    }

    public int FirstRequestAt(int step, int layer) => _offsets[step * Shape.Layers + layer];

    /// <summary>Next-use index of every request (computed once, on first use).</summary>
    public ReadOnlySpan<long> NextUse => _nextUse ??= ComputeNextUse();

    /// <summary>Requests per (layer, expert), dense layer·E + expert.</summary>
    public long[] Popularity()
    {
        var counts = new long[Shape.TotalExperts];
        for (var step = 0; step < StepCount; step++)
            for (var layer = 0; layer < Shape.Layers; layer++)
                foreach (var e in ExpertsAt(step, layer)) counts[Shape.Key(layer, e)]++;
        return counts;
    }

    private long[] ComputeNextUse()
    {
        var keys = new int[_experts.Length];
        for (var step = 0; step < StepCount; step++)
            for (var layer = 0; layer < Shape.Layers; layer++)
            {
                var start = FirstRequestAt(step, layer);
                var ex = ExpertsAt(step, layer);
                for (var i = 0; i < ex.Length; i++) keys[start + i] = Shape.Key(layer, ex[i]);
            }
        return Caching.NextUse.Compute(keys, Shape.TotalExperts);
    }
}
