using MoeLab.Core.Validation;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>One held-out run: what the law fitted without it predicts.</summary>
public sealed record HoldoutPrediction(long Row, double ComputeFlops, double ParamsN, double TokensD, double Loss, double PredictedLoss)
{
    /// <summary>(predicted − observed)/observed.</summary>
    public double RelativeError => (PredictedLoss - Loss) / Loss;
}

/// <summary>Extrapolation error on the held-out largest-compute runs.</summary>
public sealed record HoldoutEvaluation(int HeldOut, double MinHeldOutComputeFlops, IReadOnlyList<HoldoutPrediction> Predictions)
{
    public double MeanAbsoluteRelativeError => Predictions.Average(p => Math.Abs(p.RelativeError));
    public double MaxAbsoluteRelativeError => Predictions.Max(p => Math.Abs(p.RelativeError));
    public double RootMeanSquareLogError => Math.Sqrt(Predictions.Average(p => Math.Pow(Math.Log(p.PredictedLoss / p.Loss), 2)));
}

/// <summary>
/// Splits runs for an extrapolation test: the runs with the largest compute are held out, the law is fitted
/// on the rest, and its predictions for the held-out runs measure how well it extrapolates — the use a
/// scaling law is for.
/// </summary>
public static class Holdout
{
    /// <summary>
    /// <paramref name="amount"/> below 1 is a fraction of runs, 1 or more a count. Ties in compute stay
    /// together (a budget is never split), so slightly more runs may be held out.
    /// </summary>
    public static (IReadOnlyList<RunPoint> Train, IReadOnlyList<RunPoint> Test) ByLargestCompute(IReadOnlyList<RunPoint> runs, double amount)
    {
        Preconditions.Positive(amount, "holdout");
        var count = amount < 1 ? (int)Math.Ceiling(amount * runs.Count) : (int)amount;
        if (count >= runs.Count) throw new InvalidInputException($"holding out {count} of {runs.Count} runs leaves none to fit", field: "holdout");
        var ordered = runs.OrderByDescending(r => r.ComputeFlops).ThenBy(r => r.Row).ToList();
        var threshold = ordered[count - 1].ComputeFlops;
        var test = ordered.Where(r => r.ComputeFlops >= threshold * (1 - IsoFlopApproach2.BudgetTolerance)).ToList();
        var train = ordered.Except(test).OrderBy(r => r.Row).ToList();
        if (train.Count == 0) throw new InvalidInputException("every run shares the largest compute budget; nothing left to fit", field: "holdout");
        return (train, test.OrderBy(r => r.Row).ToList());
    }

    public static HoldoutEvaluation Evaluate(IScalingLaw law, IReadOnlyList<RunPoint> test) =>
        new(test.Count, test.Min(r => r.ComputeFlops),
            test.Select(r => new HoldoutPrediction(r.Row, r.ComputeFlops, r.ParamsN, r.TokensD, r.Loss,
                law.Loss(new LawInput(r.ParamsN, r.TokensD, r.Experts, r.Granularity)))).ToList());
}
