namespace MoeLab.Core.Randomness;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fully specified generator, so everything seeded in MoeLab
/// (weight initialisation, data sampling, generation, bootstrap resamples) is bit-for-bit the same on every
/// machine and .NET version (System.Random's seeded sequence is not a contract).
/// </summary>
public sealed class SplitMix64(ulong state)
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;

    private ulong _state = state;
    private double? _spare;

    /// <summary>
    /// Stream <paramref name="stream"/> of <paramref name="seed"/>: starts from a mix of both, so e.g. bootstrap
    /// resample i draws the same numbers however the resamples are scheduled.
    /// </summary>
    public static SplitMix64 ForStream(long seed, long stream = 0) =>
        new(Mix((ulong)seed ^ Mix((ulong)stream + Golden)));

    /// <summary>A seed derived from a base seed and stream indices, so step s of a run draws the same batch after a resume.</summary>
    public static ulong Derive(ulong seed, params long[] stream)
    {
        var z = seed;
        foreach (var s in stream) z = new SplitMix64(z ^ (ulong)s * 0xD1B54A32D192ED03UL).NextUInt64();
        return z;
    }

    public ulong NextUInt64()
    {
        _state += Golden;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, <paramref name="bound"/>) by Lemire's multiply-shift (bias below 2⁻³²·bound).</summary>
    public int NextInt(int bound) => (int)(((NextUInt64() >> 32) * (ulong)bound) >> 32);

    /// <summary>Uniform integer in [0, <paramref name="bound"/>), scaled from <see cref="NextDouble"/>.</summary>
    public long NextInt64(long bound) => (long)(NextDouble() * bound);

    /// <summary>Standard normal by Box–Muller (pairs; the second value is kept for the next call).</summary>
    public double NextGaussian()
    {
        if (_spare is { } s) { _spare = null; return s; }
        double u1;
        do u1 = NextDouble(); while (u1 <= double.Epsilon);
        var u2 = NextDouble();
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        _spare = r * Math.Sin(2 * Math.PI * u2);
        return r * Math.Cos(2 * Math.PI * u2);
    }

    /// <summary>
    /// Standard normal by Box–Muller, one value per two uniforms (the sine half is dropped). Kept beside
    /// <see cref="NextGaussian"/> because seeded synthetic fitting data was generated with it.
    /// </summary>
    public double NextGaussianUnpaired()
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
