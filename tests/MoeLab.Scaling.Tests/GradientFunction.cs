using MoeLab.Scaling.Fitting;

namespace MoeLab.Scaling.Tests;

/// <summary>A test function with a hand-written gradient, for optimiser tests with known minima.</summary>
internal sealed class GradientFunction(int dimension, Func<double[], double> value, Func<double[], double[]> gradient) : IGradientObjective
{
    public int ParameterCount => dimension;

    public double Evaluate(ReadOnlySpan<double> theta, Span<double> g)
    {
        var x = theta.ToArray();
        gradient(x).CopyTo(g);
        return value(x);
    }
}
