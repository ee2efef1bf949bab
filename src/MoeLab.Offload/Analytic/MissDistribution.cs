using MathNet.Numerics.Distributions;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// The distribution of the number of misses among the <see cref="ExpertsNeeded"/> experts one layer needs
/// for one token: <c>Probabilities[m]</c> = P(m misses), m = 0 … k. Built from an exact model
/// (<see cref="UniformRouting"/>) or from a per-expert hit probability (<see cref="IndependentHits"/>, e.g.
/// from <see cref="CheApproximation"/> or a simulated hit rate).
/// </summary>
public sealed class MissDistribution
{
    private readonly double[] _probabilities;

    private MissDistribution(double[] probabilities, string model)
    {
        _probabilities = probabilities;
        Model = model;
    }

    /// <summary>How the distribution was obtained, for reports.</summary>
    public string Model { get; }

    /// <summary>k: experts needed per layer per token.</summary>
    public int ExpertsNeeded => _probabilities.Length - 1;

    /// <summary>P(m misses), m = 0 … k; sums to 1.</summary>
    public IReadOnlyList<double> Probabilities => _probabilities;

    public double ExpectedMisses
    {
        get
        {
            var sum = 0.0;
            for (var m = 1; m < _probabilities.Length; m++) sum += m * _probabilities[m];
            return sum;
        }
    }

    public double VarianceOfMisses
    {
        get
        {
            var mean = ExpectedMisses;
            var sum = 0.0;
            for (var m = 0; m < _probabilities.Length; m++) sum += (m - mean) * (m - mean) * _probabilities[m];
            return sum;
        }
    }

    public double ProbabilityAnyMiss => 1 - _probabilities[0];

    /// <summary>Expected fraction of needed experts found in the cache.</summary>
    public double HitRate => 1 - ExpectedMisses / ExpertsNeeded;

    /// <summary>
    /// Exact, for uniform routing with a fixed cache: the layer picks k of N experts uniformly without
    /// replacement, and c fixed experts are cached. Hits are hypergeometric (population N, c successes,
    /// k draws), so P(m misses) = C(c, k−m)·C(N−c, m) / C(N, k); E[misses] = k·(1 − c/N) and
    /// P(any miss) = 1 − C(c, k)/C(N, k).
    /// </summary>
    public static MissDistribution UniformRouting(int experts, int topK, int cachedExperts)
    {
        Preconditions.Positive(experts, "experts");
        Preconditions.InRange(topK, 1, experts, "top_k");
        Preconditions.InRange(cachedExperts, 0, experts, "cached_experts");
        var p = new double[topK + 1];
        for (var m = 0; m <= topK; m++)
        {
            var hits = topK - m;
            p[m] = hits > cachedExperts || m > experts - cachedExperts
                ? 0.0
                : Hypergeometric.PMF(experts, cachedExperts, topK, hits);
        }
        return new MissDistribution(Normalised(p), $"exact hypergeometric: uniform top-{topK} of {experts}, {cachedExperts} cached");
    }

    /// <summary>
    /// Each of the k needed experts hits independently with probability h: misses ~ Binomial(k, 1 − h).
    /// Exact in expectation for any h (linearity); the spread assumes independence.
    /// </summary>
    public static MissDistribution IndependentHits(int topK, double hitProbability, string? source = null)
    {
        Preconditions.Positive(topK, "top_k");
        Preconditions.InRange(hitProbability, 0.0, 1.0, "hit_probability");
        var p = new double[topK + 1];
        for (var m = 0; m <= topK; m++) p[m] = Binomial.PMF(1 - hitProbability, topK, m);
        return new MissDistribution(Normalised(p), $"independent hits, h = {hitProbability:0.####}{(source is null ? "" : $" ({source})")}");
    }

    /// <summary>Always exactly <paramref name="misses"/> misses (a deterministic case, for what-if rows).</summary>
    public static MissDistribution Exactly(int topK, int misses)
    {
        Preconditions.Positive(topK, "top_k");
        Preconditions.InRange(misses, 0, topK, "misses");
        var p = new double[topK + 1];
        p[misses] = 1.0;
        return new MissDistribution(p, $"exactly {misses} of {topK} miss");
    }

    // PMFs evaluated term by term can sum to 1 ± a few ulps; renormalise so invariants hold exactly enough.
    private static double[] Normalised(double[] p)
    {
        var total = p.Sum();
        for (var i = 0; i < p.Length; i++) p[i] /= total;
        return p;
    }
}
