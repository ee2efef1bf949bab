namespace MoeLab.Sectional;

/// <summary>
/// What seed 002 (Sane, arXiv 2503.20750) publishes of its cost model in reachable form, reproduced as
/// written. Only the traditional QKV cost survives: <c>A_trad = L·3·d0²</c> multiply-accumulates (L the
/// sequence length, d0 the model width). The paper's total is "QKV cost + attention-score cost + an overhead
/// quadratic in E"; a secondary summary of the paper says its sectional QKV cost is split into A_pre (the
/// pre-expert block) and A_experts (inside the experts). Its exact sectional terms are not reachable, so MoeLab's
/// own derivation
/// (<see cref="SectionalCostTerms"/>) stands in for them and is labelled as MoeLab's everywhere.
/// </summary>
public static class PaperSectionalModel
{
    /// <summary>The paper's traditional QKV cost A_trad = L·3·d0², in MACs (FLOPs are twice this).</summary>
    public static double TraditionalQkvMacs(long sequenceTokens, long modelWidth) =>
        sequenceTokens * 3.0 * modelWidth * modelWidth;

    /// <summary>The paper's overhead form γ2·E² + γ1·E + γ0 (units of the coefficients).</summary>
    public static double QuadraticOverhead(double gamma2, double gamma1, double gamma0, double expertCount) =>
        gamma2 * expertCount * expertCount + gamma1 * expertCount + gamma0;
}
