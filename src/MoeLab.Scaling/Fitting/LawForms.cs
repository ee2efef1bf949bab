using MoeLab.Core.Validation;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>A fittable form: the optimiser's model and its default start grid.</summary>
public sealed record FittableForm(string Name, string Description, ILogLossModel Model, IReadOnlyList<double[]> Starts);

/// <summary>
/// The law forms <c>moelab fit --law</c> knows. Chinchilla uses the LSE parameterisation and Hoffmann's
/// 4,500-start grid; the others are expression laws with positivity bounds and small default grids.
/// </summary>
public static class LawForms
{
    public static readonly IReadOnlyList<string> Names = ["chinchilla", "kaplan-n", "kaplan-d", "kaplan-c", "krajewski2024", "ludziejewski2025"];

    public static FittableForm Create(string name, ClarkExpertSaturation? saturation = null) => name.ToLowerInvariant() switch
    {
        "chinchilla" => new(ChinchillaLaw.Form, "L = E + A/N^α + B/D^β (LSE parameterisation, Hoffmann's 4,500-start grid)",
            ChinchillaLseModel.Instance, StartGrids.Chinchilla4500()),
        "kaplan-n" => Kaplan(PowerLawVariable.ParamsN, "N"),
        "kaplan-d" => Kaplan(PowerLawVariable.TokensD, "D"),
        "kaplan-c" => Kaplan(PowerLawVariable.ComputeC, "C"),
        "krajewski2024" => Krajewski(),
        "ludziejewski2025" => JointMoe(saturation ?? throw new InvalidInputException(
            "the ludziejewski2025 form needs Clark's saturation constants: pass --e-start and --e-max " +
            "(Ludziejewski et al.'s own fit has E_start = 2.0732, E_max = 290.4521)", field: "law")),
        _ => throw new InvalidInputException(
            $"unknown law form '{name}'; known forms: {string.Join(", ", Names)}, or --law-spec FILE for an expression law", field: "law"),
    };

    /// <summary>
    /// The form of a saved law file, with the file's parameters as the first start (a warm start) ahead of
    /// the form's default grid — refitting a law on new or extended data.
    /// </summary>
    public static FittableForm FromLawFile(LawFile file)
    {
        var law = file.ToLaw();
        FittableForm form = law switch
        {
            ChinchillaLaw => Create("chinchilla"),
            KaplanPowerLaw k => Create(k.Variable switch { PowerLawVariable.ParamsN => "kaplan-n", PowerLawVariable.TokensD => "kaplan-d", _ => "kaplan-c" }),
            FineGrainedMoeLaw => Create("krajewski2024"),
            JointMoeLaw j => Create("ludziejewski2025", j.Saturation),
            ExpressionLaw e => FromExpression(e.Expression, e.Parameters.Select(p =>
            {
                var bounds = file.Bounds is not null && file.Bounds.TryGetValue(p.Key, out var b) ? b : (null, null);
                return new ParameterSpec(p.Key, [p.Value], bounds.Lower, bounds.Upper);
            }).ToList()),
            _ => throw new InvalidInputException($"cannot refit a law of form '{file.Form}'", field: "law"),
        };
        double[] warm = form.Model switch
        {
            ChinchillaLseModel => ChinchillaLseModel.FromChinchilla((ChinchillaLaw)law),
            ExpressionLogLossModel m => m.Specs.Select(spec => spec.ToUnconstrained(law.Parameters.First(p => p.Key == spec.Name).Value)).ToArray(),
            _ => throw new InvalidOperationException("unexpected model"),
        };
        return form with { Starts = [warm, .. form.Starts] };
    }

    /// <summary>An expression form from a user's spec.</summary>
    public static FittableForm FromExpression(string expression, IReadOnlyList<ParameterSpec> parameters)
    {
        var model = new ExpressionLogLossModel(ExpressionLaw.Form, expression, parameters);
        return new(ExpressionLaw.Form, expression, model, model.StartGrid());
    }

    private static FittableForm Kaplan(PowerLawVariable variable, string symbol)
    {
        var model = new ExpressionLogLossModel(KaplanPowerLaw.Form, $"(xc/{symbol})^alpha",
            [new ParameterSpec("xc", [1e6, 1e10, 1e14, 1e18], Lower: 0), new ParameterSpec("alpha", [0.05, 0.1, 0.3], Lower: 0)],
            values => new KaplanPowerLaw(variable, values[0].Value, values[1].Value));
        return new($"kaplan-{symbol.ToLowerInvariant()}", $"L = ({symbol}_c/{symbol})^α", model, model.StartGrid());
    }

    private static FittableForm Krajewski()
    {
        var model = new ExpressionLogLossModel(FineGrainedMoeLaw.Form, "c + (g/G^gamma + a)/N^alpha + b/D^beta",
        [
            new ParameterSpec("c", [0.5, 1.5], Lower: 0),
            new ParameterSpec("g", [1, 10], Lower: 0),
            new ParameterSpec("gamma", [0.3, 1], Lower: 0, Upper: 3),
            new ParameterSpec("a", [10, 100], Lower: 0),
            new ParameterSpec("alpha", [0.1, 0.3], Lower: 0, Upper: 2),
            new ParameterSpec("b", [10, 100], Lower: 0),
            new ParameterSpec("beta", [0.1, 0.3], Lower: 0, Upper: 2),
        ],
        v => new FineGrainedMoeLaw(v[0].Value, v[1].Value, v[2].Value, v[3].Value, v[4].Value, v[5].Value, v[6].Value));
        return new(FineGrainedMoeLaw.Form, "L = c + (g/G^γ + a)/N^α + b/D^β", model, model.StartGrid());
    }

    private static FittableForm JointMoe(ClarkExpertSaturation saturation)
    {
        // Ê inlined with the fixed saturation constants, so the expression stays a function of NE alone.
        var k = 1.0 / (1.0 / saturation.ExpertsStart - 1.0 / saturation.ExpertsMax);
        var eHat = FormattableString.Invariant($"(1/(1/(NE - 1 + {k:R}) + 1/{saturation.ExpertsMax:R}))");
        var expression = $"a*{eHat}^delta*N^(alpha + gamma*log({eHat})) + b*{eHat}^omega*D^(beta + zeta*log({eHat})) + c";
        var model = new ExpressionLogLossModel(JointMoeLaw.Form, expression,
        [
            new ParameterSpec("a", [10, 50], Lower: 0),
            new ParameterSpec("alpha", [-0.3, -0.1], Lower: -2, Upper: 0),
            new ParameterSpec("delta", [0], Lower: -2, Upper: 2),
            new ParameterSpec("gamma", [0], Lower: -1, Upper: 1),
            new ParameterSpec("b", [10, 50], Lower: 0),
            new ParameterSpec("beta", [-0.3, -0.1], Lower: -2, Upper: 0),
            new ParameterSpec("omega", [0], Lower: -2, Upper: 2),
            new ParameterSpec("zeta", [0], Lower: -1, Upper: 1),
            new ParameterSpec("c", [0.5, 1.5], Lower: 0),
        ],
        v => new JointMoeLaw(v[0].Value, v[1].Value, v[2].Value, v[3].Value, v[4].Value, v[5].Value, v[6].Value, v[7].Value, v[8].Value, saturation));
        return new(JointMoeLaw.Form, "L = a·Ê^δ·N^(α+γ·ln Ê) + b·Ê^ω·D^(β+ζ·ln Ê) + c", model, model.StartGrid());
    }
}
