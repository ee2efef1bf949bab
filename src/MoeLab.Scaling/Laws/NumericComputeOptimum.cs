namespace MoeLab.Scaling.Laws;

/// <summary>
/// The compute optimum of any law by golden-section search on log N along C = 6·N·D, over N from 10³
/// parameters to C/(6·10³) (at least a thousand tokens). Assumes the loss is unimodal on that line (true for
/// every sum-of-power-laws form); closed forms exist for the shipped laws and tests check they agree.
/// </summary>
public static class NumericComputeOptimum
{
    public static ComputeAllocation Find(IScalingLaw law, double computeFlops, double experts = 1, double granularity = 1)
    {
        var perSix = computeFlops / TrainingCompute.FlopsPerParamToken;
        double Loss(double logN)
        {
            var n = Math.Exp(logN);
            return law.Loss(new LawInput(n, perSix / n, experts, granularity));
        }
        double lo = Math.Log(1e3), hi = Math.Log(perSix / 1e3);
        if (!(hi > lo)) throw new Core.Validation.InvalidInputException($"compute {computeFlops:G3} FLOPs is too small to allocate", field: "compute");
        var phi = (Math.Sqrt(5) - 1) / 2;
        double x1 = hi - phi * (hi - lo), x2 = lo + phi * (hi - lo);
        double f1 = Loss(x1), f2 = Loss(x2);
        for (var i = 0; i < 200 && hi - lo > 1e-10; i++)
        {
            if (f1 < f2) { hi = x2; x2 = x1; f2 = f1; x1 = hi - phi * (hi - lo); f1 = Loss(x1); }
            else { lo = x1; x1 = x2; f1 = f2; x2 = lo + phi * (hi - lo); f2 = Loss(x2); }
        }
        var nOpt = Math.Exp(0.5 * (lo + hi));
        var dOpt = perSix / nOpt;
        return new ComputeAllocation(computeFlops, nOpt, dOpt, law.Loss(new LawInput(nOpt, dOpt, experts, granularity)));
    }
}
