using MoeLab.Core.Validation;
using MoeLab.Offload.Traces;

namespace MoeLab.Offload.Synthetic;

/// <summary>
/// Seeded synthetic routing traces: same seed and parameters, same trace, bit for bit. For each token and
/// layer the k experts are filled in order from (1) the previous token's experts at this layer, each kept with
/// probability q, (2) cross-layer partners of the experts just chosen at layer l−1, each taken with probability ρ,
/// (3) independent draws from the layer's Zipf popularity, without repeats. Gate probabilities are the
/// chosen experts' popularity weights renormalised, ordered as chosen.
/// </summary>
public static class SyntheticRoutingGenerator
{
    public static RoutingTrace Generate(TraceShape shape, int tokens, SyntheticRoutingParameters parameters, int seed)
    {
        parameters.Validate();
        Preconditions.Positive(tokens, "tokens");
        var rng = new Random(seed);
        var e = shape.ExpertsPerLayer;
        var k = shape.TopK;
        var rankWeights = new double[e];
        for (var r = 0; r < e; r++) rankWeights[r] = Math.Pow(r + 1, -parameters.ZipfExponent);
        var weight = new double[shape.Layers][];
        var cumulative = new double[shape.Layers][];
        var partner = new int[shape.Layers][];
        for (var l = 0; l < shape.Layers; l++)
        {
            weight[l] = new double[e];
            cumulative[l] = new double[e];
            partner[l] = Permutation(rng, e);
        }
        void DrawPopularity()
        {
            for (var l = 0; l < shape.Layers; l++)
            {
                var perm = Permutation(rng, e);
                double sum = 0;
                for (var x = 0; x < e; x++) weight[l][perm[x]] = rankWeights[x];
                for (var x = 0; x < e; x++) { sum += weight[l][x]; cumulative[l][x] = sum; }
            }
        }
        DrawPopularity();

        var builder = new RoutingTraceBuilder(shape, withGates: true);
        var current = new int[shape.Layers * k];
        var previous = new int[shape.Layers * k];
        var gates = new float[shape.Layers * k];
        var chosen = new bool[e];
        for (var t = 0; t < tokens; t++)
        {
            if (parameters.SwitchEveryTokens > 0 && t > 0 && t % parameters.SwitchEveryTokens == 0) DrawPopularity();
            for (var l = 0; l < shape.Layers; l++)
            {
                var slot = 0;
                var row = current.AsSpan(l * k, k);
                if (t > 0 && parameters.Stickiness > 0)
                    foreach (var p in previous.AsSpan(l * k, k))
                        if (slot < k && rng.NextDouble() < parameters.Stickiness && !chosen[p]) { chosen[p] = true; row[slot++] = p; }
                if (l > 0 && parameters.CrossLayerCorrelation > 0)
                    foreach (var up in current.AsSpan((l - 1) * k, k))
                    {
                        var candidate = partner[l][up];
                        if (slot < k && rng.NextDouble() < parameters.CrossLayerCorrelation && !chosen[candidate]) { chosen[candidate] = true; row[slot++] = candidate; }
                    }
                while (slot < k)
                {
                    var x = Draw(rng, cumulative[l]);
                    if (chosen[x]) continue;
                    chosen[x] = true;
                    row[slot++] = x;
                }
                double total = 0;
                foreach (var x in row) { total += weight[l][x]; chosen[x] = false; }
                for (var s = 0; s < k; s++) gates[l * k + s] = (float)(weight[l][row[s]] / total);
            }
            builder.AddToken(current, gates);
            (current, previous) = (previous, current);
        }
        return builder.Build();
    }

    private static int Draw(Random rng, double[] cumulative)
    {
        var u = rng.NextDouble() * cumulative[^1];
        var i = Array.BinarySearch(cumulative, u);
        i = i < 0 ? ~i : i + 1;
        return Math.Min(i, cumulative.Length - 1);
    }

    private static int[] Permutation(Random rng, int n)
    {
        var p = Enumerable.Range(0, n).ToArray();
        for (var i = n - 1; i > 0; i--)
        {
            var j = rng.Next(i + 1);
            (p[i], p[j]) = (p[j], p[i]);
        }
        return p;
    }
}
