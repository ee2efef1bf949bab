using System.Globalization;
using System.Text;

namespace MoeLab.Sectional;

/// <summary>
/// A Laurent polynomial in the expert count E: Σ c_k·E^k over a small range of integer powers k (negative
/// powers allowed). Every sectional cost term is one of these, because each is a product of the model's
/// sizes with E, d/E and n'(E) — and n'(E) is n, n/E or a constant. Keeping costs in this form is what lets
/// <see cref="ExpertCountOptimizer"/> say exactly when the optimum has a closed form (the derivative times a
/// power of E is a polynomial of degree ≤ 3) and solve it there, instead of guessing from samples.
/// Immutable value; <see cref="Evaluate"/> at an integer E gives the exact count (up to double rounding).
/// </summary>
public sealed class ExpertCountPolynomial
{
    private readonly double[] _coefficients; // _coefficients[i] multiplies E^(MinPower + i)

    private ExpertCountPolynomial(int minPower, double[] coefficients)
    {
        // Trim zero coefficients at both ends so MinPower/MaxPower describe the real shape.
        int lo = 0, hi = coefficients.Length - 1;
        while (lo <= hi && coefficients[lo] == 0) lo++;
        while (hi >= lo && coefficients[hi] == 0) hi--;
        if (lo > hi)
        {
            MinPower = 0;
            _coefficients = [];
        }
        else
        {
            MinPower = minPower + lo;
            _coefficients = coefficients[lo..(hi + 1)];
        }
    }

    public static readonly ExpertCountPolynomial Zero = new(0, []);

    /// <summary>The constant c (no dependence on E).</summary>
    public static ExpertCountPolynomial Constant(double c) => new(0, [c]);

    /// <summary>The single term c·E^power.</summary>
    public static ExpertCountPolynomial Term(double c, int power) => new(power, [c]);

    /// <summary>E itself.</summary>
    public static readonly ExpertCountPolynomial E = Term(1, 1);

    /// <summary>Smallest power with a non-zero coefficient (0 for the zero polynomial).</summary>
    public int MinPower { get; }

    /// <summary>Largest power with a non-zero coefficient (0 for the zero polynomial).</summary>
    public int MaxPower => _coefficients.Length == 0 ? 0 : MinPower + _coefficients.Length - 1;

    public bool IsZero => _coefficients.Length == 0;

    /// <summary>The coefficient of E^power (0 when absent).</summary>
    public double Coefficient(int power)
    {
        int i = power - MinPower;
        return i >= 0 && i < _coefficients.Length ? _coefficients[i] : 0;
    }

    /// <summary>Powers with non-zero coefficients, ascending.</summary>
    public IEnumerable<int> Powers()
    {
        for (int i = 0; i < _coefficients.Length; i++)
            if (_coefficients[i] != 0) yield return MinPower + i;
    }

    public double Evaluate(double e)
    {
        double sum = 0;
        for (int i = 0; i < _coefficients.Length; i++)
            if (_coefficients[i] != 0) sum += _coefficients[i] * Math.Pow(e, MinPower + i);
        return sum;
    }

    /// <summary>d/dE.</summary>
    public ExpertCountPolynomial Derivative()
    {
        if (IsZero) return Zero;
        var result = new double[_coefficients.Length];
        for (int i = 0; i < _coefficients.Length; i++) result[i] = _coefficients[i] * (MinPower + i);
        return new ExpertCountPolynomial(MinPower - 1, result);
    }

    public static ExpertCountPolynomial operator +(ExpertCountPolynomial a, ExpertCountPolynomial b)
    {
        if (a.IsZero) return b;
        if (b.IsZero) return a;
        int lo = Math.Min(a.MinPower, b.MinPower), hi = Math.Max(a.MaxPower, b.MaxPower);
        var result = new double[hi - lo + 1];
        for (int k = lo; k <= hi; k++) result[k - lo] = a.Coefficient(k) + b.Coefficient(k);
        return new ExpertCountPolynomial(lo, result);
    }

    public static ExpertCountPolynomial operator -(ExpertCountPolynomial a, ExpertCountPolynomial b) => a + b * -1.0;

    public static ExpertCountPolynomial operator *(ExpertCountPolynomial a, ExpertCountPolynomial b)
    {
        if (a.IsZero || b.IsZero) return Zero;
        var result = new double[a._coefficients.Length + b._coefficients.Length - 1];
        for (int i = 0; i < a._coefficients.Length; i++)
            for (int j = 0; j < b._coefficients.Length; j++)
                result[i + j] += a._coefficients[i] * b._coefficients[j];
        return new ExpertCountPolynomial(a.MinPower + b.MinPower, result);
    }

    public static ExpertCountPolynomial operator *(ExpertCountPolynomial a, double s) =>
        a.IsZero || s == 0 ? Zero : new ExpertCountPolynomial(a.MinPower, a._coefficients.Select(c => c * s).ToArray());

    public static ExpertCountPolynomial operator *(double s, ExpertCountPolynomial a) => a * s;

    /// <summary>Multiplies by E^power (power may be negative): how per-section sizes like d/E are written.</summary>
    public ExpertCountPolynomial ShiftPower(int power) =>
        IsZero ? Zero : new ExpertCountPolynomial(MinPower + power, (double[])_coefficients.Clone());

    /// <summary>Readable form, e.g. <c>3.2e+10·E^-1 + 4e-06·E^2</c>.</summary>
    public override string ToString()
    {
        if (IsZero) return "0";
        var sb = new StringBuilder();
        foreach (int k in Powers())
        {
            if (sb.Length > 0) sb.Append(" + ");
            sb.Append(Coefficient(k).ToString("G6", CultureInfo.InvariantCulture));
            if (k != 0) sb.Append(k == 1 ? "·E" : $"·E^{k}");
        }
        return sb.ToString();
    }
}
