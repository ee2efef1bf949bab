namespace MoeLab.Scaling.Fitting;

/// <summary>Starting grids for multi-start fits.</summary>
public static class StartGrids
{
    /// <summary>
    /// Hoffmann et al.'s grid for the LSE Chinchilla form as Besiroglu et al. published it: α, β ∈ {0, 0.5, 1,
    /// 1.5, 2}, e ∈ {−1, −0.5, 0, 0.5, 1}, a, b ∈ {0, 5, 10, 15, 20, 25} — 4,500 starts, in θ order
    /// (a, b, e, α, β).
    /// </summary>
    public static IReadOnlyList<double[]> Chinchilla4500()
    {
        double[] exps = [0, 0.5, 1, 1.5, 2];
        double[] es = [-1, -0.5, 0, 0.5, 1];
        double[] abs = [0, 5, 10, 15, 20, 25];
        var starts = new List<double[]>(4500);
        foreach (var a in abs)
            foreach (var b in abs)
                foreach (var e in es)
                    foreach (var alpha in exps)
                        foreach (var beta in exps)
                            starts.Add([a, b, e, alpha, beta]);
        return starts;
    }

    /// <summary>The Cartesian product of per-parameter value lists.</summary>
    public static IReadOnlyList<double[]> Product(IReadOnlyList<IReadOnlyList<double>> axes)
    {
        IEnumerable<double[]> result = [[]];
        foreach (var axis in axes)
        {
            var current = axis;
            result = result.SelectMany(prefix => current.Select(v => (double[])[.. prefix, v]));
        }
        return result.ToList();
    }
}
