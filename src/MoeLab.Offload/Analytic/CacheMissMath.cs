using MoeLab.Core.Validation;

namespace MoeLab.Offload.Analytic;

/// <summary>
/// The corrected reading of the seed's miss formula. A layer needs C experts; each is in the cache with
/// probability p.
/// <list type="bullet">
/// <item>Expected misses per layer-token: <c>C·(1 − p)</c> — linearity of expectation, true whatever the
/// dependence between the C experts.</item>
/// <item>Probability of at least one miss: <c>1 − p^C</c> — this one needs the C events independent.</item>
/// <item>Probability that all C miss: <c>(1 − p)^C</c> — also needs independence; this is what the seed calls
/// P_miss and then uses as if it were a miss rate.</item>
/// </list>
/// </summary>
public static class CacheMissMath
{
    public static double ExpectedMisses(int expertsNeeded, double hitProbability)
    {
        Check(expertsNeeded, hitProbability);
        return expertsNeeded * (1 - hitProbability);
    }

    public static double ProbabilityAnyMissIndependent(int expertsNeeded, double hitProbability)
    {
        Check(expertsNeeded, hitProbability);
        return 1 - Math.Pow(hitProbability, expertsNeeded);
    }

    public static double ProbabilityAllMissIndependent(int expertsNeeded, double hitProbability)
    {
        Check(expertsNeeded, hitProbability);
        return Math.Pow(1 - hitProbability, expertsNeeded);
    }

    private static void Check(int expertsNeeded, double hitProbability)
    {
        Preconditions.Positive(expertsNeeded, "experts_needed");
        Preconditions.InRange(hitProbability, 0.0, 1.0, "hit_probability");
    }
}
