namespace MoeLab.Scaling.Laws;

/// <summary>Which single variable a Kaplan-style power law is written in.</summary>
public enum PowerLawVariable { ParamsN, TokensD, ComputeC }

/// <summary>
/// Kaplan et al. 2020 single-variable power law <c>L(X) = (X_c / X)^α_X</c>, X one of N, D or C = 6·N·D.
/// It has no irreducible term and no allocation of its own: it describes loss along one axis only.
/// </summary>
public sealed record KaplanPowerLaw(PowerLawVariable Variable, double Scale, double Exponent) : IScalingLaw
{
    public const string Form = "kaplan";

    public string FormName => Form;

    public IReadOnlyList<KeyValuePair<string, double>> Parameters =>
        [new("x_c", Scale), new("alpha", Exponent)];

    public double Loss(LawInput input) => Math.Pow(Scale / VariableValue(Variable, input), Exponent);

    public static double VariableValue(PowerLawVariable variable, LawInput input) => variable switch
    {
        PowerLawVariable.ParamsN => input.ParamsN,
        PowerLawVariable.TokensD => input.TokensD,
        _ => TrainingCompute.Flops(input.ParamsN, input.TokensD),
    };
}
