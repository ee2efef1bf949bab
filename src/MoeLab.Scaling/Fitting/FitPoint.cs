using MoeLab.Scaling.Data;

namespace MoeLab.Scaling.Fitting;

/// <summary>A run with the logarithms a log-space objective needs, computed once per fit.</summary>
public readonly record struct FitPoint(double ParamsN, double TokensD, double Experts, double Granularity, double LogN, double LogD, double LogLoss)
{
    public static FitPoint From(RunPoint run) =>
        new(run.ParamsN, run.TokensD, run.Experts, run.Granularity, Math.Log(run.ParamsN), Math.Log(run.TokensD), Math.Log(run.Loss));

    public static FitPoint[] From(IEnumerable<RunPoint> runs) => runs.Select(From).ToArray();
}
