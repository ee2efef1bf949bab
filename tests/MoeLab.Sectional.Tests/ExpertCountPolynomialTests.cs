namespace MoeLab.Sectional.Tests;

public class ExpertCountPolynomialTests
{
    private static readonly ExpertCountPolynomial P =
        ExpertCountPolynomial.Term(3, -2) + ExpertCountPolynomial.Term(-1, 0) + ExpertCountPolynomial.Term(0.5, 2);
    private static readonly ExpertCountPolynomial Q = ExpertCountPolynomial.Term(2, -1) + ExpertCountPolynomial.Term(4, 1);

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    [InlineData(17.0)]
    public void Arithmetic_EvaluatesPointwise(double e)
    {
        double p = 3 / (e * e) - 1 + 0.5 * e * e, q = 2 / e + 4 * e;
        Assert.Equal(p, P.Evaluate(e), 12);
        Assert.Equal(p + q, (P + Q).Evaluate(e), 12);
        Assert.Equal(p - q, (P - Q).Evaluate(e), 12);
        Assert.Equal(p * q, (P * Q).Evaluate(e), 10);
        Assert.Equal(p * e * e * e, P.ShiftPower(3).Evaluate(e), 10);
    }

    [Fact]
    public void Derivative_MatchesHandDerivative()
    {
        // d/dE (3E^-2 − 1 + 0.5E²) = −6E^-3 + E
        var d = P.Derivative();
        Assert.Equal(-6, d.Coefficient(-3));
        Assert.Equal(1, d.Coefficient(1));
        Assert.Equal(0, d.Coefficient(-1));
        Assert.Equal(-3, d.MinPower);
        Assert.Equal(1, d.MaxPower);
    }

    [Fact]
    public void Cancellation_TrimsPowers()
    {
        var r = P - P;
        Assert.True(r.IsZero);
        var s = (P + ExpertCountPolynomial.Term(-0.5, 2));
        Assert.Equal(0, s.MaxPower);
    }
}
