using MoeLab.Core.Validation;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Synthetic;

/// <summary>
/// MoeLab's synthetic router as an endless stream, one token per <see cref="Next"/>: memory is fixed by the shape
/// (popularity tables and the previous token), never by how many tokens are drawn, so a trace of any length can
/// be written or replayed as it is generated. For each token and layer the k experts are filled in order from
/// (1) the previous token's experts at this layer, each kept with probability q, (2) cross-layer partners of
/// the experts just chosen at layer l−1, each taken with probability ρ, (3) independent draws from the layer's
/// Zipf popularity, without repeats. Gate probabilities are the chosen experts' popularity weights
/// renormalised, ordered as chosen. Same seed and parameters, same tokens, bit for bit.
/// </summary>
public sealed class SyntheticRoutingStream
{
    private readonly SyntheticRoutingParameters _parameters;
    private readonly Random _rng;
    private readonly double[] _rankWeights;
    private readonly double[][] _weight;
    private readonly double[][] _cumulative;
    private readonly int[][] _partner;
    private readonly bool[] _chosen;
    private readonly int[] _permutation;
    private int[] _current;
    private int[] _previous;
    private readonly float[] _gates;

    public SyntheticRoutingStream(TraceShape shape, SyntheticRoutingParameters parameters, int seed)
    {
        parameters.Validate();
        Shape = shape;
        _parameters = parameters;
        _rng = new Random(seed);
        var e = shape.ExpertsPerLayer;
        _rankWeights = new double[e];
        for (var r = 0; r < e; r++) _rankWeights[r] = Math.Pow(r + 1, -parameters.ZipfExponent);
        _weight = new double[shape.Layers][];
        _cumulative = new double[shape.Layers][];
        _partner = new int[shape.Layers][];
        for (var l = 0; l < shape.Layers; l++)
        {
            _weight[l] = new double[e];
            _cumulative[l] = new double[e];
            _partner[l] = new int[e];
            Shuffle(_rng, _partner[l]);
        }
        _permutation = new int[e];
        DrawPopularity();
        _current = new int[shape.Layers * shape.TopK];
        _previous = new int[shape.Layers * shape.TopK];
        _gates = new float[shape.Layers * shape.TopK];
        _chosen = new bool[e];
    }

    public TraceShape Shape { get; }

    /// <summary>Tokens drawn so far.</summary>
    public long Tokens { get; private set; }

    /// <summary>
    /// Draws the next token into <paramref name="experts"/> and <paramref name="gates"/> (layers × top-k each,
    /// layer-major, as <see cref="RoutingTraceBuilder.AddToken"/> takes them).
    /// </summary>
    public void Next(Span<int> experts, Span<float> gates)
    {
        var perToken = _current.Length;
        if (experts.Length != perToken || gates.Length != perToken)
            throw new ArgumentException($"a token has {perToken} expert ids and gates ({Shape})");
        var t = Tokens;
        var k = Shape.TopK;
        var p = _parameters;
        if (p.SwitchEveryTokens > 0 && t > 0 && t % p.SwitchEveryTokens == 0) DrawPopularity();
        for (var l = 0; l < Shape.Layers; l++)
        {
            var slot = 0;
            var row = _current.AsSpan(l * k, k);
            if (t > 0 && p.Stickiness > 0)
                foreach (var e in _previous.AsSpan(l * k, k))
                    if (slot < k && _rng.NextDouble() < p.Stickiness && !_chosen[e]) { _chosen[e] = true; row[slot++] = e; }
            if (l > 0 && p.CrossLayerCorrelation > 0)
                foreach (var up in _current.AsSpan((l - 1) * k, k))
                {
                    var candidate = _partner[l][up];
                    if (slot < k && _rng.NextDouble() < p.CrossLayerCorrelation && !_chosen[candidate]) { _chosen[candidate] = true; row[slot++] = candidate; }
                }
            while (slot < k)
            {
                var x = Draw(_rng, _cumulative[l]);
                if (_chosen[x]) continue;
                _chosen[x] = true;
                row[slot++] = x;
            }
            double total = 0;
            foreach (var x in row) { total += _weight[l][x]; _chosen[x] = false; }
            for (var s = 0; s < k; s++) _gates[l * k + s] = (float)(_weight[l][row[s]] / total);
        }
        _current.CopyTo(experts);
        _gates.CopyTo(gates);
        (_current, _previous) = (_previous, _current);
        Tokens++;
    }

    private void DrawPopularity()
    {
        var e = Shape.ExpertsPerLayer;
        for (var l = 0; l < Shape.Layers; l++)
        {
            Shuffle(_rng, _permutation);
            double sum = 0;
            for (var x = 0; x < e; x++) _weight[l][_permutation[x]] = _rankWeights[x];
            for (var x = 0; x < e; x++) { sum += _weight[l][x]; _cumulative[l][x] = sum; }
        }
    }

    private static int Draw(Random rng, double[] cumulative)
    {
        var u = rng.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, cumulative.Length - 1);
    }

    /// <summary>Fills <paramref name="p"/> with a uniform random permutation of 0 … n−1 (Fisher–Yates from the identity; the buffer is reused, so a workload switch allocates nothing).</summary>
    private static void Shuffle(Random rng, int[] p)
    {
        for (var i = 0; i < p.Length; i++) p[i] = i;
        for (var i = p.Length - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
    }
}
