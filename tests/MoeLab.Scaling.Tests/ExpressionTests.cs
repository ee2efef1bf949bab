using MoeLab.Core.Validation;
using MoeLab.Scaling.Expressions;

namespace MoeLab.Scaling.Tests;

public sealed class ExpressionTests
{
    private static double Eval(string text, params (string Name, double Value)[] values)
    {
        var expr = ExprParser.Parse(text);
        var slots = values.Select((v, i) => (v.Name, i)).ToDictionary(x => x.Name, x => x.i);
        return ExprCompiler.Compile(expr, slots)(values.Select(v => v.Value).ToArray());
    }

    [Theory]
    [InlineData("1 + 2 * 3", 7)]
    [InlineData("(1 + 2) * 3", 9)]
    [InlineData("2 ^ 3 ^ 2", 512)]
    [InlineData("-2 ^ 2", -4)]
    [InlineData("8 / 4 / 2", 1)]
    [InlineData("2 - 3 - 4", -5)]
    [InlineData("1.5e3 + 2E-1", 1500.2)]
    [InlineData("exp(log(5)) + ln(1) + log10(1000) + sqrt(16) + pow(2, 10)", 5 + 0 + 3 + 4 + 1024)]
    public void ExprParser_Precedence_EvaluatesLikeMath(string text, double expected)
    {
        Assert.Equal(expected, Eval(text), 1e-9);
    }

    [Fact]
    public void Expr_Derivative_MatchesCentralDifferences()
    {
        const string text = "E + A/N^alpha + B*exp(-beta*log(D)) + sqrt(x*N)/pow(D, 0.1) - x^x";
        var expr = ExprParser.Parse(text);
        string[] names = ["E", "A", "alpha", "B", "beta", "N", "D", "x"];
        double[] at = [1.7, 400, 0.34, 410, 0.28, 7e9, 1.4e11, 1.3];
        var slots = names.Select((n, i) => (n, i)).ToDictionary(p => p.n, p => p.i);
        var f = ExprCompiler.Compile(expr, slots);
        foreach (var name in new[] { "A", "alpha", "beta", "x", "E" })
        {
            var derivative = ExprCompiler.Compile(expr.Derivative(name), slots)(at);
            var i = slots[name];
            var h = 1e-6 * Math.Max(1, Math.Abs(at[i]));
            var plus = (double[])at.Clone();
            var minus = (double[])at.Clone();
            plus[i] += h;
            minus[i] -= h;
            var numeric = (f(plus) - f(minus)) / (2 * h);
            Assert.Equal(numeric, derivative, 1e-6 * Math.Max(1e-6, Math.Abs(numeric)));
        }
    }

    [Theory]
    [InlineData("1 +", "end of expression")]
    [InlineData("2 * (3 + 4", "expected ')'")]
    [InlineData("foo(3)", "unknown function 'foo'")]
    [InlineData("pow(2)", "takes 2 argument")]
    [InlineData("3 $ 4", "unexpected '$'")]
    public void ExprParser_BadText_NamesTheProblemAndPosition(string text, string fragment)
    {
        var e = Assert.Throws<InvalidInputException>(() => ExprParser.Parse(text));
        Assert.Contains(fragment, e.Message);
        Assert.Contains("position", e.Message);
    }

    [Fact]
    public void ExprCompiler_UnknownName_ListsKnownNames()
    {
        var e = Assert.Throws<InvalidInputException>(() =>
            ExprCompiler.Compile(ExprParser.Parse("a + z"), new Dictionary<string, int> { ["a"] = 0 }));
        Assert.Contains("'z'", e.Message);
    }
}
