namespace MoeLab.Scaling.Laws;

/// <summary>
/// Clark et al. 2022's saturating transform of the expert count E:
/// <c>1/Ê = 1/(E − 1 + (1/E_start − 1/E_max)^(−1)) + 1/E_max</c>. Ê equals E_start at E = 1 and tends to
/// E_max as E grows, so the benefit of more experts levels off.
/// </summary>
public sealed record ClarkExpertSaturation(double ExpertsStart, double ExpertsMax)
{
    public double Transform(double experts)
    {
        var inner = experts - 1 + 1.0 / (1.0 / ExpertsStart - 1.0 / ExpertsMax);
        return 1.0 / (1.0 / inner + 1.0 / ExpertsMax);
    }
}
