using MoeLab.Core.Randomness;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// A seeded simple random sample of row indices, without replacement and in ascending order (Knuth's selection
/// sampling, Algorithm S: one pass, each row kept with probability still-needed / still-left), so every subset of
/// the size is equally likely and a file sorted by N or by compute is sampled evenly across it.
/// </summary>
public static class ScreeningSample
{
    public static int[] Indices(int rows, int size, long seed)
    {
        if (size >= rows) return [.. Enumerable.Range(0, rows)];
        var rng = SplitMix64.ForStream(seed);
        var chosen = new int[size];
        var taken = 0;
        for (var i = 0; i < rows && taken < size; i++)
            if ((rows - i) * rng.NextDouble() < size - taken) chosen[taken++] = i;
        return chosen;
    }
}
