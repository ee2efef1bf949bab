namespace MoeLab.Scaling.Laws;

/// <summary>
/// The compute optimum of any law by golden-section search on log N along C = D · FlopsPerToken(N): the law's own
/// FLOPs count when it declares one (<see cref="IComputeOptimalLaw.TrainingFlopsPerToken"/>), else 6·N. N runs from
/// 10³ parameters up to where D falls to a thousand tokens. Assumes the loss is unimodal on that line (true for every
/// sum-of-power-laws form); closed forms exist for the Chinchilla-form laws and tests check they agree.
/// </summary>
public static class NumericComputeOptimum
{
    private const double MinParams = 1e3, MinTokens = 1e3;

    public static ComputeAllocation Find(IScalingLaw law, double computeFlops, double experts = 1, double granularity = 1)
    {
        Func<double, double> perToken = law is IComputeOptimalLaw own
            ? n => own.TrainingFlopsPerToken(n, experts, granularity)
            : n => TrainingCompute.FlopsPerParamToken * n;
        double Tokens(double n) => computeFlops / perToken(n);
        double Loss(double logN)
        {
            var n = Math.Exp(logN);
            return law.Loss(new LawInput(n, Tokens(n), experts, granularity));
        }
        if (!(Tokens(MinParams) > MinTokens))
            throw new Core.Validation.InvalidInputException($"compute {computeFlops:G3} FLOPs is too small to allocate", field: "compute");
        // FLOPs per token grow with N for every convention here, so step the upper end out until D would drop below the floor.
        double lo = Math.Log(MinParams), hi = lo;
        while (Tokens(Math.Exp(hi + Math.Log(2))) > MinTokens && hi < Math.Log(1e30)) hi += Math.Log(2);
        var phi = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - phi * (hi - lo), x2 = lo + phi * (hi - lo);
        double f1 = Loss(x1), f2 = Loss(x2);
        for (var i = 0; i < 200 && hi - lo > 1e-10; i++)
        {
            if (f1 < f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - phi * (hi - lo); f1 = Loss(x1); }
            else { lo = x1; x1 = x2; f1 = f2; x2 = lo + phi * (hi - lo); f2 = Loss(x2); }
        }
        var nOpt = Math.Exp(0.5 * (lo + hi));
        var dOpt = Tokens(nOpt);
        return new ComputeAllocation(computeFlops, nOpt, dOpt, law.Loss(new LawInput(nOpt, dOpt, experts, granularity)));
    }
}
