namespace MoeLab.Scaling.Fitting;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fully specified generator, so a seeded bootstrap gives the
/// same resamples on every machine and .NET version (System.Random's seeded sequence is not a contract).
/// Stream <c>i</c> of seed <c>s</c> starts from a mix of both, so resamples are independent of scheduling.
/// </summary>
public struct SplitMix64
{
    private ulong _state;

    public SplitMix64(long seed, long stream = 0)
    {
        _state = (ulong)seed;
        _state = Mix((ulong)seed ^ Mix((ulong)stream + 0x9E3779B97F4A7C15UL));
    }

    public ulong NextUInt64()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform integer in [0, <paramref name="bound"/>) by Lemire's multiply-shift (bias below 2⁻³²·bound).</summary>
    public int NextInt(int bound) => (int)(((NextUInt64() >> 32) * (ulong)bound) >> 32);

    /// <summary>Uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Standard normal by Box–Muller.</summary>
    public double NextGaussian()
    {
        var u1 = 1.0 - NextDouble();
        var u2 = NextDouble();
        return Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
    }

    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
