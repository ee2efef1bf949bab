using MathNet.Numerics.LinearAlgebra;
using MoeLab.Scaling.Laws;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Planning;

/// <summary>One training run at a single compute scale, in the planner's coordinates.</summary>
/// <param name="FlopsPerActiveParam">x = M/N_a of the run.</param>
/// <param name="TotalPerActive">y = N/N_a of the run.</param>
/// <param name="HiddenSize">d of the run.</param>
/// <param name="Loss">Final loss (nats/token).</param>
public readonly record struct PlanningRun(double FlopsPerActiveParam, double TotalPerActive, double HiddenSize, double Loss);

/// <summary>
/// Seed 001's per-scale curve forms (<see cref="PerScaleCurve"/>), added into one surface over a single compute
/// scale: <c>L(x, y, d) = loss_x(x) + loss_y(y) + loss_d(d)</c> with x = M/N_a (<c>a/(x − 6) + b·x + c</c>),
/// y = N/N_a (<c>a/(y − 1) + b/(Y − y)</c>, Y = (N_e+1)/(K+1)) and the quadratic in d. Adding them assumes the
/// three effects do not interact at one scale, which is what the paper's sequential search assumes too. The
/// sum is linear in its seven coefficients, so it is fitted jointly by least squares (QR) in closed form; the
/// single intercept sits in the x curve. Terms whose variable does not vary in the runs are left out (zero).
/// </summary>
public sealed record SeparableCurveOracle(PerScaleCurve FlopsRatio, PerScaleCurve SparsityRatio, PerScaleCurve Width, string Source) : ILossOracle
{
    public string Name => $"seed-001 curve forms (fitted: {Source})";

    public string Description =>
        "seed 001's per-scale curve forms a/(x−6)+b·x, a/(y−1)+b/(Y−y) and a quadratic in d, added into one surface and fitted to runs at this scale";

    public bool SeesHiddenSize => Width.A != 0 || Width.B != 0;

    public double PredictLoss(in OracleQuery query) =>
        PredictLoss(query.Triad.FlopsPerActiveParam, query.Triad.TotalPerActiveParam, query.HiddenSize);

    /// <summary>The surface at x = M/N_a, y = N/N_a and width d.</summary>
    public double PredictLoss(double x, double y, double hiddenSize)
    {
        var loss = FlopsRatio.Evaluate(x) + Width.Evaluate(hiddenSize);
        if (SparsityRatio.A != 0 || SparsityRatio.B != 0) loss += SparsityRatio.Evaluate(y);
        return loss;
    }

    /// <summary>Fitted residual summary is reported by the caller; this only solves the least-squares problem.</summary>
    public static SeparableCurveOracle Fit(IReadOnlyList<PlanningRun> runs, double expansionLimit, string source)
    {
        Preconditions.That(runs.Count >= 3, $"need at least 3 runs to fit the curve forms, got {runs.Count}", "runs");
        for (var i = 0; i < runs.Count; i++)
        {
            var r = runs[i];
            if (!(r.FlopsPerActiveParam > 6))
                throw new InvalidInputException($"M/N_a must be above 6, got {r.FlopsPerActiveParam}", source, "m_over_na", i + 1);
            if (!(r.TotalPerActive >= 1 && r.TotalPerActive < expansionLimit))
                throw new InvalidInputException($"N/N_a must lie in [1, {expansionLimit:0.###}), got {r.TotalPerActive}", source, "n_over_na", i + 1);
            if (!(r.HiddenSize > 0)) throw new InvalidInputException($"d must be positive, got {r.HiddenSize}", source, "d", i + 1);
            if (!double.IsFinite(r.Loss)) throw new InvalidInputException($"loss must be finite, got {r.Loss}", source, "loss", i + 1);
        }

        var useX = Distinct(runs, r => r.FlopsPerActiveParam) >= 3;
        var useY = Distinct(runs, r => r.TotalPerActive) >= 3;
        var useD = Distinct(runs, r => r.HiddenSize) >= 3;
        var columns = new List<Func<PlanningRun, double>> { _ => 1.0 };
        if (useX) { columns.Add(r => 1 / (r.FlopsPerActiveParam - 6)); columns.Add(r => r.FlopsPerActiveParam); }
        if (useY) { columns.Add(r => 1 / (r.TotalPerActive - 1)); columns.Add(r => 1 / (expansionLimit - r.TotalPerActive)); }
        // d in thousands keeps the columns of similar size for QR; the coefficients are rescaled below.
        if (useD) { columns.Add(r => r.HiddenSize / 1000.0); columns.Add(r => Math.Pow(r.HiddenSize / 1000.0, 2)); }
        Preconditions.That(runs.Count >= columns.Count,
            $"{columns.Count} coefficients need at least {columns.Count} runs, got {runs.Count}", "runs");

        var design = Matrix<double>.Build.Dense(runs.Count, columns.Count, (i, j) => columns[j](runs[i]));
        var losses = Vector<double>.Build.Dense(runs.Count, i => runs[i].Loss);
        var beta = design.QR().Solve(losses);
        if (beta.Any(b => !double.IsFinite(b)))
            throw new InvalidInputException("the curve-form fit is singular: the runs do not vary enough in M/N_a, N/N_a or d", source, "runs");

        var k = 1;
        double Next(bool used) => used ? beta[k++] : 0.0;
        var ax = Next(useX); var bx = Next(useX);
        var ay = Next(useY); var by = Next(useY);
        var q1 = Next(useD); var q2 = Next(useD);
        return new SeparableCurveOracle(
            new PerScaleCurve(PerScaleCurveKind.FlopsRatio, ax, bx, beta[0]),
            new PerScaleCurve(PerScaleCurveKind.SparsityRatio, ay, by, 0, expansionLimit),
            new PerScaleCurve(PerScaleCurveKind.Quadratic, q2 / 1e6, q1 / 1e3, 0),
            source);
    }

    /// <summary>Root-mean-square residual of this surface on <paramref name="runs"/> (nats/token).</summary>
    public double RmsResidual(IReadOnlyList<PlanningRun> runs)
    {
        var sum = 0.0;
        foreach (var r in runs)
        {
            var e = PredictLoss(r.FlopsPerActiveParam, r.TotalPerActive, r.HiddenSize) - r.Loss;
            sum += e * e;
        }
        return Math.Sqrt(sum / runs.Count);
    }

    private static int Distinct(IReadOnlyList<PlanningRun> runs, Func<PlanningRun, double> value) =>
        runs.Select(value).Distinct().Count();
}
