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
    // Null for a batch-1 stream without prompt: every step is one token, so each (step, layer) holds exactly k
    // experts serving one token each, at offset (step·L + layer)·k — the trace's own array, nothing copied.
    private readonly int[]? _tokenCounts;
    private readonly int[]? _offsets;
    private readonly int _requestCount;
    private static readonly int[] Ones = CreateOnes(1 << 16);
    private readonly int[] _stepFirstToken;
    private long[]? _nextUse;

    private static int[] CreateOnes(int n)
    {
        var ones = new int[n];
        Array.Fill(ones, 1);
        return ones;
    }

    private RequestStream(TraceShape shape, int batchTokens, int promptTokens, int[] stepFirstToken, int[] experts, int[]? tokenCounts, int[]? offsets, int requestCount)
    {
        _requestCount = requestCount;
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
    public long RequestCount => _requestCount;

    /// <param name="promptTokens">When positive, the first this many tokens form one prefill step (their union of experts).</param>
    public static RequestStream FromTrace(RoutingTrace trace, int batchTokens = 1, int promptTokens = 0, int maxTokens = int.MaxValue)
    {
        Preconditions.Positive(batchTokens, "batch size");
        Preconditions.NonNegative(promptTokens, "prompt tokens");
        var shape = trace.Shape;
        var tokens = Math.Min(trace.TokenCount, maxTokens);
        Preconditions.That(promptTokens < tokens, $"the prompt ({promptTokens} tokens) must be shorter than the trace ({tokens} tokens)", "prompt tokens");
        var steps = (promptTokens > 0 ? 1 : 0) + (tokens - promptTokens + batchTokens - 1) / batchTokens;
        var stepFirstToken = new int[steps + 1];
        var n = 0;
        if (promptTokens > 0) stepFirstToken[n++] = 0;
        for (var t = promptTokens; t < tokens; t += batchTokens) stepFirstToken[n++] = t;
        stepFirstToken[n] = tokens;
        var upperBound = checked(tokens * shape.Layers * shape.TopK);
        if (batchTokens == 1 && promptTokens == 0)
            return new RequestStream(shape, batchTokens, promptTokens, stepFirstToken, trace.ExpertArray, null, null, upperBound);

        // A step's union is at most the sum of its tokens' choices, so arrays of that size never grow.
        var experts = new int[upperBound];
        var counts = new int[upperBound];
        var offsets = new int[steps * shape.Layers + 1];
        var countOf = new int[shape.ExpertsPerLayer];
        var used = 0;
        for (var step = 0; step < steps; step++)
        {
            var first = stepFirstToken[step];
            var last = stepFirstToken[step + 1];
            for (var layer = 0; layer < shape.Layers; layer++)
            {
                var start = used;
                offsets[step * shape.Layers + layer] = start;
                for (var t = first; t < last; t++)
                    foreach (var e in trace.Experts(t, layer))
                    {
                        if (countOf[e]++ == 0) experts[used++] = e;
                    }
                for (var i = start; i < used; i++)
                {
                    counts[i] = countOf[experts[i]];
                    countOf[experts[i]] = 0;
                }
            }
        }
        offsets[^1] = used;
        return new RequestStream(shape, batchTokens, promptTokens, stepFirstToken, experts, counts, offsets, used);
    }

    /// <summary>Experts needed at (step, layer), with the number of batch tokens routed to each.</summary>
    public (ReadOnlyMemory<int> Experts, ReadOnlyMemory<int> TokenCounts, int FirstRequest) At(int step, int layer)
    {
        var start = FirstRequestAt(step, layer);
        var length = LengthAt(step, layer);
        return (_experts.AsMemory(start, length), _tokenCounts is null ? Ones.AsMemory(0, length) : _tokenCounts.AsMemory(start, length), start);
    }

    public ReadOnlySpan<int> ExpertsAt(int step, int layer) => _experts.AsSpan(FirstRequestAt(step, layer), LengthAt(step, layer));

    public ReadOnlySpan<int> TokenCountsAt(int step, int layer) =>
        _tokenCounts is null ? Ones.AsSpan(0, Shape.TopK) : _tokenCounts.AsSpan(FirstRequestAt(step, layer), LengthAt(step, layer));

    public int FirstRequestAt(int step, int layer) =>
        _offsets is null ? (step * Shape.Layers + layer) * Shape.TopK : _offsets[step * Shape.Layers + layer];

    private int LengthAt(int step, int layer)
    {
        if (_offsets is null) return Shape.TopK;
        var i = step * Shape.Layers + layer;
        return _offsets[i + 1] - _offsets[i];
    }

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
        var keys = new int[_requestCount];
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
