using MoeLab.Core.Validation;
using MoeLab.Scaling.Expressions;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// Fits an expression law f(θ; N, D, C, NE, G): predicted log-loss = ln f, gradient
/// <c>(∂f/∂p)/f · dp/du</c> with ∂f/∂p from the expression's symbolic derivative and dp/du from the
/// parameter's bound transform. A point where f ≤ 0 gives a non-finite objective, which ends that start as a
/// failure (reported), not the fit.
/// </summary>
public sealed class ExpressionLogLossModel : ILogLossModel
{
    private readonly Func<double[], double> _value;
    private readonly Func<double[], double>[] _derivatives;
    private readonly Func<IReadOnlyList<KeyValuePair<string, double>>, IScalingLaw> _toLaw;

    [ThreadStatic] private static double[]? _slots;

    public ExpressionLogLossModel(string formName, string expression, IReadOnlyList<ParameterSpec> parameters,
        Func<IReadOnlyList<KeyValuePair<string, double>>, IScalingLaw>? toLaw = null)
    {
        if (parameters.Count == 0) throw new InvalidInputException("an expression law needs at least one parameter", field: "parameters");
        FormName = formName;
        Expression = expression;
        Specs = parameters.Select(p => p.Validate()).ToList();
        var names = Specs.Select(p => p.Name).ToList();
        var dup = names.GroupBy(n => n).FirstOrDefault(g => g.Count() > 1);
        if (dup is not null) throw new InvalidInputException($"parameter '{dup.Key}' is declared twice", field: "parameters");
        foreach (var n in names)
            if (ExpressionLaw.Variables.Contains(n)) throw new InvalidInputException($"'{n}' is a variable, not a parameter", field: $"parameters.{n}");
        var tree = ExprParser.Parse(expression);
        var unused = names.Where(n => !tree.Symbols().Contains(n)).ToList();
        if (unused.Count > 0) throw new InvalidInputException($"parameters not in the expression: {string.Join(", ", unused)}", field: "parameters");
        var slots = ExpressionLaw.Slots(names);
        _value = ExprCompiler.Compile(tree, slots);
        _derivatives = names.Select(n => ExprCompiler.Compile(tree.Derivative(n), slots)).ToArray();
        ParameterNames = names;
        _toLaw = toLaw ?? (values => new ExpressionLaw(expression, values));
    }

    public string FormName { get; }
    public string Expression { get; }
    public IReadOnlyList<ParameterSpec> Specs { get; }
    public IReadOnlyList<string> ParameterNames { get; }

    public double LogLoss(ReadOnlySpan<double> theta, in FitPoint point, Span<double> gradient)
    {
        var k = Specs.Count;
        var slots = _slots is { } s && s.Length == k + ExpressionLaw.Variables.Count ? s : _slots = new double[k + ExpressionLaw.Variables.Count];
        for (var j = 0; j < k; j++) slots[j] = Specs[j].ToNatural(theta[j]);
        ExpressionLaw.FillVariables(slots, k, point.ParamsN, point.TokensD, point.Experts, point.Granularity);
        var f = _value(slots);
        if (!(f > 0))
        {
            gradient.Fill(double.NaN);
            return double.NaN;
        }
        for (var j = 0; j < k; j++) gradient[j] = _derivatives[j](slots) / f * Specs[j].NaturalDerivative(theta[j]);
        return Math.Log(f);
    }

    /// <summary>Natural parameter values for the optimiser's θ.</summary>
    public IReadOnlyList<KeyValuePair<string, double>> NaturalParameters(ReadOnlySpan<double> theta)
    {
        var list = new List<KeyValuePair<string, double>>(Specs.Count);
        for (var j = 0; j < Specs.Count; j++) list.Add(new(Specs[j].Name, Specs[j].ToNatural(theta[j])));
        return list;
    }

    public IScalingLaw ToLaw(ReadOnlySpan<double> theta) => _toLaw(NaturalParameters(theta));

    /// <summary>The Cartesian product of every parameter's start values, in θ (unconstrained) space.</summary>
    public IReadOnlyList<double[]> StartGrid() =>
        StartGrids.Product(Specs.Select(s => (IReadOnlyList<double>)s.Starts.Select(s.ToUnconstrained).ToList()).ToList());
}
