namespace MoeLab.Engine.Model;

/// <summary>
/// SplitMix64: a tiny, fully specified generator, so initialisation and data sampling are bit-for-bit the same on
/// every machine and .NET version (System.Random's seeded algorithm is an implementation detail).
/// </summary>
public sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;
    private double? _spare;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, bound).</summary>
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

    /// <summary>A seed derived from a base seed and stream indices, so step s of a run draws the same batch after a resume.</summary>
    public static ulong Derive(ulong seed, params long[] stream)
    {
        var z = seed;
        foreach (var s in stream) z = new SplitMix64(z ^ (ulong)s * 0xD1B54A32D192ED03UL).NextUInt64();
        return z;
    }
}
