using MathNet.Numerics.RootFinding;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>How a Che solve ended.</summary>
public enum CheExit
{
    /// <summary>The characteristic time was found to the requested tolerance.</summary>
    Converged,

    /// <summary>The cache holds every item with a non-zero rate: T = ∞, every request after the first hits.</summary>
    CacheHoldsEverything,

    /// <summary>Capacity 0: T = 0, nothing hits.</summary>
    EmptyCache,

    /// <summary>The root finder stopped at its iteration limit; the result is its best bracket midpoint.</summary>
    IterationLimit,
}

/// <summary>
/// Result of <see cref="CheApproximation"/>.
/// </summary>
/// <param name="CharacteristicTime">T, in the time unit of the rates (for <see cref="CheApproximation.ForTopKLayer"/>: tokens).</param>
/// <param name="HitRate">Request-weighted hit rate Σ λ_i (1 − e^(−λ_i T)) / Σ λ_i.</param>
/// <param name="ItemHitProbabilities">Per item: 1 − e^(−λ_i T), the probability a request for item i hits.</param>
/// <param name="Iterations">Function evaluations spent (bracketing + Brent).</param>
/// <param name="Exit">How the solve ended.</param>
public sealed record CheResult(
    double CharacteristicTime,
    double HitRate,
    IReadOnlyList<double> ItemHitProbabilities,
    int Iterations,
    CheExit Exit)
{
    public bool Converged => Exit is not CheExit.IterationLimit;
}

/// <summary>How the requests of a top-k layer are turned into the independent reference model.</summary>
public enum TopKRequestModel
{
    /// <summary>
    /// Time in tokens; expert i is needed by a token with probability π_i, treated as a Poisson process of rate
    /// π_i (classic Che). Occupancy of i: 1 − e^(−π_i T).
    /// </summary>
    Poisson,

    /// <summary>
    /// Time in tokens; expert i is needed by each token independently with probability π_i, a Bernoulli process
    /// (discrete-time Che). Occupancy of i: 1 − (1 − π_i)^T. Matches an LRU that takes a token's k experts as
    /// one batch — all of the token's hits are refreshed before any miss evicts — which is how an engine that
    /// routes a whole token at once behaves. Exact when the cache holds exactly k experts.
    /// </summary>
    TokenBatches,
}

/// <summary>
/// Che's approximation for an LRU cache of capacity K under the independent reference model (Che, Tung &amp;
/// Wang 2002; Fricker, Robert &amp; Roberts 2012): item i is requested as a Poisson process of rate λ_i; the
/// cache's characteristic time T solves <c>Σ_i (1 − e^(−λ_i T)) = K</c>; a request for i hits with probability
/// <c>1 − e^(−λ_i T)</c>. The left side rises monotonically from 0 to the number of items with λ_i &gt; 0, so T
/// is found by bracketing (doubling from K / Σλ) and Brent's method, to a residual of
/// <c>relativeTolerance · max(1, K)</c> items.
/// </summary>
public static class CheApproximation
{
    public static CheResult Solve(IReadOnlyList<double> requestRates, double capacity, double relativeTolerance = 1e-12, int maxIterations = 500)
    {
        Preconditions.That(requestRates.Count > 0, "must list at least one item", "request_rates");
        for (var i = 0; i < requestRates.Count; i++)
            Preconditions.NonNegative(requestRates[i], $"request_rates[{i}]");
        // −expm1(−x) keeps 1 − e^(−x) accurate when λT is tiny.
        return SolveCore(requestRates.ToArray(), capacity, relativeTolerance, maxIterations,
            (rate, t) => -AccurateMath.ExpM1(-rate * t));
    }

    /// <summary>
    /// Che for one layer's cache when every token needs k distinct experts of that layer. Time is measured in
    /// tokens; expert i is needed by a token with inclusion probability π_i (Σ π_i = k, since each token needs
    /// exactly k distinct experts), independently across tokens. <paramref name="model"/> says how that stream
    /// becomes IRM (see <see cref="TopKRequestModel"/>); the hit rate is per needed expert:
    /// Σ π_i · occupancy_i(T) / k. What neither mapping captures: routing that is not independent across tokens
    /// (sticky experts, workload phases) — IRM itself does not hold there, and only the simulator can say.
    /// </summary>
    /// <param name="inclusionProbabilities">π_i, the probability a token needs expert i; must sum to k.</param>
    public static CheResult ForTopKLayer(
        IReadOnlyList<double> inclusionProbabilities, int topK, double cachedExperts,
        TopKRequestModel model = TopKRequestModel.TokenBatches, double relativeTolerance = 1e-12, int maxIterations = 500)
    {
        Preconditions.Positive(topK, "top_k");
        Preconditions.That(inclusionProbabilities.Count > 0, "must list at least one expert", "inclusion_probabilities");
        for (var i = 0; i < inclusionProbabilities.Count; i++)
            Preconditions.InRange(inclusionProbabilities[i], 0.0, 1.0, $"inclusion_probabilities[{i}]");
        var sum = inclusionProbabilities.Sum();
        Preconditions.That(Math.Abs(sum - topK) <= 1e-9 * topK,
            $"inclusion probabilities must sum to top_k = {topK} (each token needs k distinct experts), got {sum}",
            "inclusion_probabilities");
        var pi = inclusionProbabilities.ToArray();
        return model == TopKRequestModel.Poisson
            ? Solve(pi, cachedExperts, relativeTolerance, maxIterations)
            : SolveCore(pi, cachedExperts, relativeTolerance, maxIterations, BernoulliOccupancy);
    }

    // 1 − (1 − π)^T = −expm1(T·log1p(−π)), accurate when π or πT is small.
    private static double BernoulliOccupancy(double pi, double t) =>
        pi >= 1 ? (t > 0 ? 1.0 : 0.0) : -AccurateMath.ExpM1(t * AccurateMath.Log1P(-pi));

    private static CheResult SolveCore(double[] rates, double capacity, double relativeTolerance, int maxIterations, Func<double, double, double> occupancy)
    {
        Preconditions.NonNegative(capacity, "capacity");
        Preconditions.Positive(relativeTolerance, "relative_tolerance");
        var totalRate = rates.Sum();
        var activeItems = rates.Count(r => r > 0);
        Preconditions.That(totalRate > 0, "at least one request rate must be positive", "request_rates");

        if (capacity == 0)
            return Result(rates, totalRate, 0.0, 0, CheExit.EmptyCache, occupancy);
        if (capacity >= activeItems)
            return Result(rates, totalRate, double.PositiveInfinity, 0, CheExit.CacheHoldsEverything, occupancy);

        var evaluations = 0;
        double Excess(double t)
        {
            evaluations++;
            var occupied = 0.0;
            foreach (var r in rates) occupied += occupancy(r, t);
            return occupied - capacity;
        }

        // f(0) = −K < 0; grow the upper end until f > 0 (it must: the limit is activeItems − K > 0).
        var lower = 0.0;
        var upper = capacity / totalRate;
        while (Excess(upper) < 0)
        {
            lower = upper;
            upper *= 2;
            if (evaluations > maxIterations)
                return Result(rates, totalRate, upper, evaluations, CheExit.IterationLimit, occupancy);
        }

        // The tolerance is on the equation's residual (cache slots), which is what the hit rate depends on.
        var accuracy = relativeTolerance * Math.Max(1.0, capacity);
        if (Brent.TryFindRoot(Excess, lower, upper, accuracy, maxIterations, out var root))
            return Result(rates, totalRate, root, evaluations, CheExit.Converged, occupancy);
        return Result(rates, totalRate, 0.5 * (lower + upper), evaluations, CheExit.IterationLimit, occupancy);
    }

    private static CheResult Result(double[] rates, double totalRate, double t, int evaluations, CheExit exit, Func<double, double, double> occupancy)
    {
        var itemHits = new double[rates.Length];
        var weighted = 0.0;
        for (var i = 0; i < rates.Length; i++)
        {
            itemHits[i] = rates[i] == 0 ? 0.0 : double.IsPositiveInfinity(t) ? 1.0 : occupancy(rates[i], t);
            weighted += rates[i] * itemHits[i];
        }
        return new CheResult(t, weighted / totalRate, itemHits, evaluations, exit);
    }
}
