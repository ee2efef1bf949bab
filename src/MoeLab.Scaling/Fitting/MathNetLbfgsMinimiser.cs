using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// MathNet.Numerics' <see cref="LimitedMemoryBfgsMinimizer"/>, kept as the reference <see cref="LbfgsMinimiser"/>
/// is tested against. It allocates several vectors per iteration and per line-search step (about 0.6 MB per
/// Chinchilla start), which made it ~40% of a 4,500-start fit's time once the objective was vectorised.
/// </summary>
public sealed class MathNetLbfgsMinimiser : IGradientMinimiser
{
    public static readonly MathNetLbfgsMinimiser Instance = new();

    public string Name => "mathnet-lbfgs";

    public StartOutcome Minimise(IGradientObjective objective, int startIndex, double[] start, FitOptions options)
    {
        var k = objective.ParameterCount;
        var evaluations = ObjectiveFunction.Gradient(v =>
        {
            var theta = v.AsArray() ?? v.ToArray();
            var gradient = new double[k];
            var value = objective.Evaluate(theta, gradient);
            return (value, Vector<double>.Build.Dense(gradient));
        });
        var minimizer = new LimitedMemoryBfgsMinimizer(
            options.GradientTolerance, options.ParameterTolerance, options.FunctionProgressTolerance,
            options.LbfgsMemory, options.MaxIterations);
        try
        {
            var result = minimizer.FindMinimum(evaluations, Vector<double>.Build.DenseOfArray((double[])start.Clone()));
            var theta = result.MinimizingPoint.ToArray();
            return new StartOutcome(startIndex, start, theta, result.FunctionInfoAtMinimum.Value, result.Iterations,
                result.ReasonForExit.ToString(), true);
        }
        catch (Exception e) when (e is OptimizationException or ArgumentException or EvaluationException)
        {
            // MathNet reports max-iterations, line-search failure and non-finite values by exception; keep the
            // start's value as its outcome so it can never win while hiding a failure.
            var reason = e switch
            {
                MaximumIterationsException => "MaximumIterations",
                EvaluationException => "NonFiniteObjective",
                _ => $"Failed: {e.GetType().Name}",
            };
            return StartOutcome.Failed(objective, startIndex, start, reason);
        }
    }
}
