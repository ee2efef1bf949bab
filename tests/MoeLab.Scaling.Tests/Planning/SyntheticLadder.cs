using System.Globalization;
using MoeLab.Core.Randomness;
using MoeLab.Scaling.Planning.Defaults;

namespace MoeLab.Scaling.Tests.Planning;

/// <summary>
/// A multi-scale runs table generated from known power laws with seed 001's curve forms, as a ladder following
/// its procedure would record it: Phase 1 a 7 × 6 grid of (M/N_a, N/N_a) at one width per scale (15% above d*),
/// Phase 2 a sweep of 8 widths at the true (M/N_a*, N/N_a*) — a perfect Phase 1 — so the scale's minimum loss is
/// L*(C) itself. Loss = L*(C) + f_x(x) + f_y(y) + f_d(d), each term zero at its optimum, plus seeded Gaussian noise.
/// Shared with the CLI tests (linked), which write it to a file.
/// </summary>
internal sealed record SyntheticLadder(PowerLaw FlopsRatio, PowerLaw TotalPerActive, PowerLaw HiddenSize, PowerLaw MinimumLoss,
    IReadOnlyList<double> Scales, double Noise, long Seed)
{
    /// <summary>(N_e+1)/(K+1) of seed 001's backbone (288 routed experts, top-8, 1 shared).</summary>
    public const double Wall = 289.0 / 9.0;

    public static readonly double[] PaperScales = [1e18, 3e18, 1e19, 3e19, 1e20, 3e20];

    /// <summary>Laws through seed 001's 3e20 optimum (M/N_a 8.2, N/N_a 22, d 1928) with plausible slopes.</summary>
    public static SyntheticLadder PaperLike(double noise = 0, long seed = 1, IReadOnlyList<double>? scales = null) => new(
        Through(8.2, -0.05), Through(22, 0.026), Through(1928, 0.25), Through(2.2, -0.05), scales ?? PaperScales, noise, seed);

    /// <summary>a·C^b with a chosen so that the law passes through <paramref name="valueAt3e20"/> at C = 3e20.</summary>
    private static PowerLaw Through(double valueAt3e20, double exponent) => new(valueAt3e20 / Math.Pow(3e20, exponent), exponent);

    private static readonly double[] GridX = [0.45, 0.6, 0.8, 1.0, 1.25, 1.6, 2.0];
    private static readonly double[] GridY = [0.5, 0.7, 0.85, 1.0, 1.15, 1.35];
    private static readonly double[] SweepD = [0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.25, 1.4];

    /// <summary>The noise-free loss at one scale.</summary>
    public double Loss(double c, double x, double y, double d)
    {
        double xs = FlopsRatio.At(c), ys = TotalPerActive.At(c), ds = HiddenSize.At(c);
        // a/(x−6) + b·x + c with b = 0.01, a = b·(x*−6)² (minimum at x*), c making it zero there.
        const double bx = 0.01;
        var fx = bx * (Math.Pow(xs - 6, 2) / (x - 6) + x - (2 * xs - 6));
        // a/(y−1) + b/(W−y) + c with r = √(b/a) = (W−y*)/(y*−1) (minimum at y*), zero there.
        var ay = 0.03 * (ys - 1);
        var by = ay * Math.Pow((Wall - ys) / (ys - 1), 2);
        var fy = ay / (y - 1) + by / (Wall - y) - (ay / (ys - 1) + by / (Wall - ys));
        var fd = 0.1 * Math.Pow((d - ds) / ds, 2);
        return MinimumLoss.At(c) + fx + fy + fd;
    }

    /// <summary>
    /// The table as CSV lines, columns in an unusual order (the reader must not care) plus an ignored one; without
    /// <paramref name="phaseColumn"/> the reader must tell the grid from the sweep by itself.
    /// </summary>
    public IReadOnlyList<string> Lines(bool phaseColumn = true)
    {
        var rng = SplitMix64.ForStream(Seed, 0);
        var lines = new List<string> { phaseColumn ? "run,loss,phase,d,c,n_over_na,m_over_na,note" : "run,loss,d,c,n_over_na,m_over_na,note" };
        var run = 0;
        string Row(double c, int phase, double x, double y, double d) => string.Create(CultureInfo.InvariantCulture,
            $"r{run++},{Loss(c, x, y, d) + Noise * rng.NextGaussian():R},{(phaseColumn ? $"{phase}," : "")}{d:R},{c:R},{y:R},{x:R},synthetic");
        foreach (var c in Scales)
        {
            double xs = FlopsRatio.At(c), ys = TotalPerActive.At(c), ds = HiddenSize.At(c);
            foreach (var fx in GridX)
                foreach (var fy in GridY)
                    lines.Add(Row(c, 1, 6 + (xs - 6) * fx, 1 + (ys - 1) * fy, 1.15 * ds));
            foreach (var fd in SweepD) lines.Add(Row(c, 2, xs, ys, ds * fd));
        }
        return lines;
    }

    public void WriteTo(string path) => File.WriteAllLines(path, Lines());

    /// <summary>
    /// The table a seed-001 ladder of the engine records (seed001-micro's shape): at each scale a 4 × 4 Phase-1 grid
    /// around the optimum at its proxy width (10% above d*), and every configuration swept over 4 widths, the proxy
    /// included. Few runs per curve, so noise comparable to the loss the grid spans often leaves a fit without a
    /// minimum.
    /// </summary>
    public IReadOnlyList<string> LadderShapedLines()
    {
        var rng = SplitMix64.ForStream(Seed, 0);
        var lines = new List<string> { "c,m_over_na,n_over_na,d,loss,phase" };
        foreach (var c in Scales)
        {
            double xs = FlopsRatio.At(c), ys = TotalPerActive.At(c), ds = HiddenSize.At(c);
            foreach (var fx in (double[])[0.5, 0.8, 1.25, 2.0])
                foreach (var fy in (double[])[0.55, 0.8, 1.1, 1.35])
                    foreach (var fd in (double[])[0.6, 0.85, 1.1, 1.4])
                    {
                        double x = 6 + (xs - 6) * fx, y = 1 + (ys - 1) * fy, d = ds * fd;
                        lines.Add(string.Create(CultureInfo.InvariantCulture, $"{c:R},{x:R},{y:R},{d:R},{Loss(c, x, y, d) + Noise * rng.NextGaussian():R},{(fd == 1.1 ? 1 : 2)}"));
                    }
        }
        return lines;
    }

    /// <summary>
    /// <see cref="Lines"/> with the phase-2 rows of scale <paramref name="c"/> given a loss that falls ever faster with
    /// d, through the loss of the phase-1 row at the swept configuration (the grid's centre, also in the sweep): the d
    /// sweep is a concave curve with no interior minimum whose best run is the widest, and the grid is unchanged.
    /// </summary>
    public IReadOnlyList<string> LinesWithoutWidthMinimumAt(double c)
    {
        var lines = Lines().ToList();
        var header = lines[0].Split(',');
        int Col(string name) => Array.IndexOf(header, name);
        double Cell(string[] cells, string name) => double.Parse(cells[Col(name)], CultureInfo.InvariantCulture);
        double xs = FlopsRatio.At(c), ys = TotalPerActive.At(c), ds = HiddenSize.At(c);
        for (var i = 1; i < lines.Count; i++)
        {
            var cells = lines[i].Split(',');
            if (Cell(cells, "c") != c || cells[Col("phase")] != "2") continue;
            var proxy = Loss(c, xs, ys, 1.15 * ds);
            cells[Col("loss")] = (proxy - 0.1 * (Math.Pow(Cell(cells, "d") / ds, 2) - 1.15 * 1.15)).ToString("R", CultureInfo.InvariantCulture);
            lines[i] = string.Join(',', cells);
        }
        return lines;
    }
}
