using MoeLab.Core.Validation;
using MoeLab.Scaling.Expressions;

namespace MoeLab.Scaling.Laws;

/// <summary>
/// A law the user writes as an expression, e.g. <c>E + A/N^alpha + B/D^beta</c>. Variables: N (parameters,
/// or active parameters), D (tokens), C (= 6·N·D FLOPs), NE (experts E; E itself is left free as the usual irreducible-loss parameter) and G (granularity). Every other name
/// is a parameter and must have a value. The compute optimum is found numerically (golden-section search on
/// log N along C = 6·N·D), which assumes the loss is unimodal along that line.
/// </summary>
public sealed class ExpressionLaw : IComputeOptimalLaw
{
    public const string Form = "expression";

    /// <summary>Variable names in slot order after the parameters.</summary>
    public static readonly IReadOnlyList<string> Variables = ["N", "D", "C", "NE", "G"];

    private readonly Func<double[], double> _compiled;
    private readonly double[] _parameterValues;

    public ExpressionLaw(string expression, IReadOnlyList<KeyValuePair<string, double>> parameters)
    {
        Expression = expression;
        Tree = ExprParser.Parse(expression);
        Parameters = parameters;
        var unknown = Tree.Symbols().Distinct().Where(s => !Variables.Contains(s) && parameters.All(p => p.Key != s)).ToList();
        if (unknown.Count > 0)
            throw new InvalidInputException($"names without a value: {string.Join(", ", unknown)} (variables are {string.Join(", ", Variables)})", field: "expression");
        foreach (var p in parameters)
        {
            if (Variables.Contains(p.Key)) throw new InvalidInputException($"'{p.Key}' is a variable, not a parameter", field: $"parameters.{p.Key}");
            Preconditions.Finite(p.Value, $"parameters.{p.Key}");
        }
        _compiled = ExprCompiler.Compile(Tree, Slots(parameters.Select(p => p.Key).ToList()));
        _parameterValues = parameters.Select(p => p.Value).ToArray();
    }

    public string FormName => Form;
    public string Expression { get; }
    public Expr Tree { get; }
    public IReadOnlyList<KeyValuePair<string, double>> Parameters { get; }

    /// <summary>Slot map: parameters first, in order, then <see cref="Variables"/>.</summary>
    public static Dictionary<string, int> Slots(IReadOnlyList<string> parameterNames)
    {
        var slots = new Dictionary<string, int>();
        for (var i = 0; i < parameterNames.Count; i++) slots[parameterNames[i]] = i;
        for (var i = 0; i < Variables.Count; i++) slots[Variables[i]] = parameterNames.Count + i;
        return slots;
    }

    /// <summary>Writes N, D, C, NE, G into the variable slots starting at <paramref name="offset"/>.</summary>
    public static void FillVariables(double[] slots, int offset, double n, double d, double experts, double granularity)
    {
        slots[offset] = n;
        slots[offset + 1] = d;
        slots[offset + 2] = TrainingCompute.Flops(n, d);
        slots[offset + 3] = experts;
        slots[offset + 4] = granularity;
    }

    public double Loss(LawInput input)
    {
        var slots = new double[_parameterValues.Length + Variables.Count];
        _parameterValues.CopyTo(slots, 0);
        FillVariables(slots, _parameterValues.Length, input.ParamsN, input.TokensD, input.Experts, input.Granularity);
        return _compiled(slots);
    }

    /// <summary>A user's expression has no paper: its variable C is 6·N·D, so its optimum uses the same count.</summary>
    public string ComputeConvention => "C = 6·N·D (the expression's variable C)";

    public double TrainingFlopsPerToken(double paramsN, double experts = 1, double granularity = 1) =>
        TrainingCompute.FlopsPerParamToken * paramsN;

    public ComputeAllocation OptimalAllocation(double computeFlops, double experts = 1, double granularity = 1) =>
        NumericComputeOptimum.Find(this, computeFlops, experts, granularity);
}
