using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Presets;

namespace MoeLab.Scaling.Tests;

/// <summary>Published coefficient sets reproduce figures their papers derive from them.</summary>
public sealed class PresetTests
{
    [Fact]
    public void Hoffmann2022Unrounded_GopherBudget_NoptAbout40B()
    {
        // Hoffmann et al. 2022's Approach 3 puts the compute-optimal model for Gopher's 5.76e23 FLOPs at ≈ 40 B. (Its Table 3,
        // cited here before, is Approach 1's projection: 67 B at this budget. The paper's text could not be reached from this
        // machine to re-check where the 40 B is printed.) "≈ 40 B" to 2 digits: 39..41.5 B.
        var law = (ChinchillaLaw)LawPresets.Hoffmann2022Unrounded.Law;
        var allocation = law.OptimalAllocation(5.76e23);
        Assert.InRange(allocation.ParamsN, 39e9, 41.5e9);
        Assert.Equal(5.76e23, 6 * allocation.ParamsN * allocation.TokensD, 5.76e23 * 1e-12);
    }

    [Fact]
    public void Hoffmann2022Rounded_GopherBudget_RoundingMovesNoptBelow35B()
    {
        // The printed (rounded) exponents shift the optimum well away from the paper's 40 B — why the unrounded preset exists.
        var allocation = ((ChinchillaLaw)LawPresets.Hoffmann2022.Law).OptimalAllocation(5.76e23);
        Assert.InRange(allocation.ParamsN, 30e9, 35e9);
    }

    [Fact]
    public void Hoffmann2022_ExponentA_MatchesApproach3()
    {
        // Approach 3's a = β/(α+β) = 0.46 (Hoffmann et al. Table 2).
        Assert.Equal(0.46, ((ChinchillaLaw)LawPresets.Hoffmann2022Unrounded.Law).ParamsExponent, 0.005);
    }

    /// <summary>
    /// Hoffmann's eq. 4 written out here, apart from <see cref="ChinchillaLaw"/>: N_opt = G·(C/6)^(β/(α+β)), D_opt = C/(6·N_opt),
    /// G = (αA/(βB))^(1/(α+β)), from each preset's printed coefficients. No worked (N, D) optimum is published for the rounded
    /// Hoffmann coefficients (the paper derives its figures from unrounded ones) nor reachable here for Besiroglu et al.'s
    /// refit, so these two presets are held to this independent closed form.
    /// </summary>
    [Theory]
    [InlineData("hoffmann2022", 406.4, 410.7, 0.34, 0.28)]
    [InlineData("hoffmann2022-unrounded", 406.4, 410.7, 0.3392, 0.2849)]
    [InlineData("besiroglu2024", 477.84, 2143.86, 0.347313, 0.367183)]
    public void ChinchillaPresets_Optimum_MatchIndependentClosedForm(string preset, double a, double b, double alpha, double beta)
    {
        var law = (ChinchillaLaw)LawPresets.Find(preset).Law;
        foreach (var compute in new[] { 1e21, 5.76e23, 1e26 })
        {
            var g = Math.Pow(alpha * a / (beta * b), 1 / (alpha + beta));
            var n = g * Math.Pow(compute / 6, beta / (alpha + beta));

            var allocation = law.OptimalAllocation(compute);

            Assert.Equal(n, allocation.ParamsN, n * 1e-12);
            Assert.Equal(compute / (6 * n), allocation.TokensD, compute / (6 * n) * 1e-12);
            Assert.Equal(compute, allocation.TokensD * law.TrainingFlopsPerToken(allocation.ParamsN), compute * 1e-12);
        }
    }

    [Fact]
    public void Besiroglu2024_ExponentA_Is0513()
    {
        Assert.Equal(0.513, ((ChinchillaLaw)LawPresets.Besiroglu2024.Law).ParamsExponent, 0.001);
    }

    [Fact]
    public void Seed001_Table2Anchors_Reproduced()
    {
        var law = LawPresets.Seed001.Law;
        // Seed 001 Table 2: 1e18 → 3.7420 B tokens, 0.2672 GFLOPs/token; 3e20 → 50.5138 B tokens, 5.9390 GFLOPs/token.
        Assert.Equal(3.7420e9, law.OptimalTokens(1e18), 3.7420e9 * 5e-4);
        Assert.Equal(0.2672e9, law.OptimalFlopsPerToken(1e18), 0.2672e9 * 5e-4);
        Assert.Equal(50.5138e9, law.OptimalTokens(3e20), 50.5138e9 * 5e-4);
        Assert.Equal(5.9390e9, law.OptimalFlopsPerToken(3e20), 5.9390e9 * 5e-4);
        // M_opt = 0.04368·C^0.5437 is the same law.
        Assert.Equal(0.04368 * Math.Pow(1e21, 0.5437), law.OptimalFlopsPerToken(1e21), 0.04368 * Math.Pow(1e21, 0.5437) * 1e-3);
    }

    [Fact]
    public void Krajewski2024_HandExpanded_MatchesFormula()
    {
        var law = (FineGrainedMoeLaw)LawPresets.Krajewski2024.Law;
        double n = 1e9, d = 2e10, g = 8;
        var expected = 0.47 + (2.1 / Math.Pow(8, 0.58) + 18.1) / Math.Pow(n, 0.115) + 30.8 / Math.Pow(d, 0.147);
        Assert.Equal(expected, law.Loss(new LawInput(n, d, Granularity: g)), 1e-12);
        // Finer experts lower the loss at fixed N and D.
        Assert.True(law.Loss(new LawInput(n, d, Granularity: 16)) < law.Loss(new LawInput(n, d, Granularity: 1)));
    }

    /// <summary>
    /// Ludziejewski et al. 2025 Table 1: compute-optimal N_act / D (C = 6·N_act·D) for E = 1..32 at 1e20, 1e21,
    /// 1e22 FLOPs, as printed. The paper derives the table from its unrounded fit; Table 3 prints the coefficients
    /// to four digits, which moves the optimum by up to about 1%. So each figure must match to the larger of half
    /// a unit in its last printed digit and 1.2%.
    /// </summary>
    [Theory]
    [InlineData(1, 1e20, 1.7e9, 0.1e9, 9.7e9, 0.1e9)]
    [InlineData(1, 1e21, 5.7e9, 0.1e9, 29.3e9, 0.1e9)]
    [InlineData(1, 1e22, 18.8e9, 0.1e9, 88.6e9, 0.1e9)]
    [InlineData(2, 1e20, 1.5e9, 0.1e9, 11.4e9, 0.1e9)]
    [InlineData(2, 1e21, 5e9, 1e9, 33e9, 1e9)]
    [InlineData(2, 1e22, 17.4e9, 0.1e9, 96e9, 1e9)]
    [InlineData(4, 1e20, 1.2e9, 0.1e9, 13.9e9, 0.1e9)]
    [InlineData(4, 1e21, 4.4e9, 0.1e9, 38e9, 1e9)]
    [InlineData(4, 1e22, 15.8e9, 0.1e9, 105.4e9, 0.1e9)]
    [InlineData(8, 1e20, 990e6, 10e6, 17e9, 1e9)]
    [InlineData(8, 1e21, 3.8e9, 0.1e9, 44.3e9, 0.1e9)]
    [InlineData(8, 1e22, 14.4e9, 0.1e9, 115.8e9, 0.1e9)]
    [InlineData(16, 1e20, 810e6, 10e6, 20.7e9, 0.1e9)]
    [InlineData(16, 1e21, 3.3e9, 0.1e9, 51.2e9, 0.1e9)]
    [InlineData(16, 1e22, 13.2e9, 0.1e9, 126.5e9, 0.1e9)]
    [InlineData(32, 1e20, 669e6, 1e6, 24.9e9, 0.1e9)]
    [InlineData(32, 1e21, 2.85e9, 0.01e9, 58.4e9, 0.1e9)]
    [InlineData(32, 1e22, 12.2e9, 0.1e9, 136.9e9, 0.1e9)]
    public void Ludziejewski2025_ComputeOptimalConfigurations_MatchTable1(
        int experts, double compute, double printedParams, double paramsUnit, double printedTokens, double tokensUnit)
    {
        var allocation = ((JointMoeLaw)LawPresets.Ludziejewski2025.Law).OptimalAllocation(compute, experts);
        Assert.InRange(allocation.ParamsN, printedParams - Tolerance(printedParams, paramsUnit), printedParams + Tolerance(printedParams, paramsUnit));
        Assert.InRange(allocation.TokensD, printedTokens - Tolerance(printedTokens, tokensUnit), printedTokens + Tolerance(printedTokens, tokensUnit));
        Assert.Equal(compute, 6 * allocation.ParamsN * allocation.TokensD, compute * 1e-12);

        static double Tolerance(double printed, double unit) => Math.Max(unit / 2, 0.012 * printed);
    }

    /// <summary>
    /// Ludziejewski et al. 2025 Table 4: the joint law reduced to a Chinchilla law at fixed E,
    /// L = m·N^μ + n·D^ν + c, printed to four decimals. Table 3's coefficients reproduce it to their own rounding.
    /// </summary>
    [Theory]
    [InlineData(1, 30.3640, -0.1817, 53.9838, -0.1965)]
    [InlineData(2, 27.7982, -0.1780, 66.8401, -0.2065)]
    [InlineData(4, 24.8462, -0.1731, 87.7022, -0.2192)]
    [InlineData(8, 21.8330, -0.1676, 119.9126, -0.2338)]
    [InlineData(16, 19.0159, -0.1617, 167.5073, -0.2494)]
    [InlineData(32, 16.5424, -0.1557, 234.6726, -0.2652)]
    public void Ludziejewski2025_ReducedToChinchilla_MatchesTable4(int experts, double m, double mu, double n, double nu)
    {
        var reduced = ((JointMoeLaw)LawPresets.Ludziejewski2025.Law).AtExperts(experts);
        // m and n multiply Ê^δ and Ê^ω with four-digit exponents: 0.3% covers that rounding (measured worst 0.26%).
        Assert.Equal(m, reduced.A, m * 3e-3);
        Assert.Equal(n, reduced.B, n * 3e-3);
        // Exponents are printed to 1e-4; α + γ·ln Ê with four-digit α and γ stays within 1.5e-4 of them.
        Assert.Equal(-mu, reduced.Alpha, 1.5e-4);
        Assert.Equal(-nu, reduced.Beta, 1.5e-4);
        Assert.Equal(1.3637, reduced.E, 1e-12);
    }

    [Fact]
    public void Ludziejewski2025_SaturationAtOneExpert_IsEStart()
    {
        var law = (JointMoeLaw)LawPresets.Ludziejewski2025.Law;
        Assert.Equal(2.0732, law.Saturation.Transform(1), 1e-12);
        // More experts at the same N_act and D lower the loss, and the gain levels off towards E_max.
        double Loss(double e) => law.Loss(new LawInput(1e9, 2e10, e));
        Assert.True(Loss(8) < Loss(1));
        Assert.True(Loss(1) - Loss(8) > Loss(64) - Loss(512));
    }

    [Fact]
    public void Presets_AllHaveSourcesAndFindIsCaseInsensitive()
    {
        Assert.All(LawPresets.All, p => Assert.Contains("arXiv", p.Source));
        Assert.Same(LawPresets.Hoffmann2022, LawPresets.Find("HOFFMANN2022"));
        var e = Assert.Throws<Core.Validation.InvalidInputException>(() => LawPresets.Find("hofman"));
        Assert.Contains("hoffmann2022", e.Message);
    }
}
