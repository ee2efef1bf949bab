using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// Hoffmann et al.'s log-sum-exp parameterisation of the Chinchilla law, θ = (a, b, e, α, β) with A = eᵃ,
/// B = eᵇ, E = eᵉ: <c>log L̂ = LSE(a − α·log N, b − β·log D, e)</c>. Working in logs keeps A, B, E positive
/// without bounds and keeps the terms' huge dynamic range (A ≈ 10², N^α ≈ 10³) well conditioned. The
/// gradient is the softmax of the three terms: ∂/∂a = w₁, ∂/∂α = −w₁·log N, ∂/∂b = w₂, ∂/∂β = −w₂·log D,
/// ∂/∂e = w₃.
/// </summary>
public sealed class ChinchillaLseModel : ILogLossModel, IBatchHuberModel
{
    public static readonly ChinchillaLseModel Instance = new();

    public string FormName => ChinchillaLaw.Form;

    public IReadOnlyList<string> ParameterNames { get; } = ["a", "b", "e", "alpha", "beta"];

    public double LogLoss(ReadOnlySpan<double> theta, in FitPoint point, Span<double> gradient)
    {
        var t1 = theta[0] - theta[3] * point.LogN;
        var t2 = theta[1] - theta[4] * point.LogD;
        var t3 = theta[2];
        var m = Math.Max(t1, Math.Max(t2, t3));
        var e1 = Math.Exp(t1 - m);
        var e2 = Math.Exp(t2 - m);
        var e3 = Math.Exp(t3 - m);
        var s = e1 + e2 + e3;
        var inv = 1.0 / s;
        var w1 = e1 * inv;
        var w2 = e2 * inv;
        gradient[0] = w1;
        gradient[1] = w2;
        gradient[2] = e3 * inv;
        gradient[3] = -w1 * point.LogN;
        gradient[4] = -w2 * point.LogD;
        return m + Math.Log(s);
    }

    /// <summary>
    /// The same objective as the point-wise path in one fused loop with no per-point dispatch. The largest of
    /// the three terms contributes exp(0) = 1, so each point costs two exponentials and one logarithm.
    /// </summary>
    public double HuberBatch(ReadOnlySpan<double> theta, FitColumns data, ReadOnlySpan<double> weights, double delta, Span<double> gradient)
    {
        double a = theta[0], b = theta[1], e = theta[2], alpha = theta[3], beta = theta[4];
        var logN = data.LogN;
        var logD = data.LogD;
        var logL = data.LogLoss;
        var weighted = !weights.IsEmpty;
        double total = 0, ga = 0, gb = 0, ge = 0, gAlpha = 0, gBeta = 0;
        for (var i = 0; i < logN.Length; i++)
        {
            var w = weighted ? weights[i] : 1.0;
            if (w == 0) continue;
            var ln = logN[i];
            var ld = logD[i];
            var t1 = a - alpha * ln;
            var t2 = b - beta * ld;
            double e1, e2, e3, m;
            if (t1 >= t2 && t1 >= e) { m = t1; e1 = 1; e2 = Math.Exp(t2 - m); e3 = Math.Exp(e - m); }
            else if (t2 >= e) { m = t2; e2 = 1; e1 = Math.Exp(t1 - m); e3 = Math.Exp(e - m); }
            else { m = e; e3 = 1; e1 = Math.Exp(t1 - m); e2 = Math.Exp(t2 - m); }
            var sum = e1 + e2 + e3;
            var r = logL[i] - (m + Math.Log(sum));
            var psi = r > delta ? delta : r < -delta ? -delta : r;
            total += w * psi * (r - 0.5 * psi);
            var c = -w * psi / sum;
            var c1 = c * e1;
            var c2 = c * e2;
            ga += c1;
            gb += c2;
            ge += c * e3;
            gAlpha -= c1 * ln;
            gBeta -= c2 * ld;
        }
        gradient[0] = ga;
        gradient[1] = gb;
        gradient[2] = ge;
        gradient[3] = gAlpha;
        gradient[4] = gBeta;
        return total;
    }

    public IScalingLaw ToLaw(ReadOnlySpan<double> theta) => ToChinchilla(theta);

    public static ChinchillaLaw ToChinchilla(ReadOnlySpan<double> theta) =>
        new(E: Math.Exp(theta[2]), A: Math.Exp(theta[0]), B: Math.Exp(theta[1]), Alpha: theta[3], Beta: theta[4]);

    public static double[] FromChinchilla(ChinchillaLaw law) =>
        [Math.Log(law.A), Math.Log(law.B), Math.Log(law.E), law.Alpha, law.Beta];
}
