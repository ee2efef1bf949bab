using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Expressions;

/// <summary>
/// Compiles an <see cref="Expr"/> to a delegate over a slot array: each symbol is bound to an index, so
/// evaluating a law over thousands of points does no name lookups. Unknown symbols are an
/// <see cref="InvalidInputException"/> listing the known ones.
/// </summary>
public static class ExprCompiler
{
    public static Func<double[], double> Compile(Expr expr, IReadOnlyDictionary<string, int> slots, string field = "expression") =>
        expr switch
        {
            Num n => Constant(n.Value),
            Sym s => Slot(slots, s.Name, field),
            Neg g => Negate(Compile(g.Operand, slots, field)),
            Binary b => Combine(b.Op, Compile(b.Left, slots, field), Compile(b.Right, slots, field)),
            Call c => Function(c.Function, c.Arguments.Select(a => Compile(a, slots, field)).ToArray()),
            _ => throw new InvalidOperationException($"unknown node {expr.GetType().Name}"),
        };

    private static Func<double[], double> Constant(double value) => _ => value;

    private static Func<double[], double> Negate(Func<double[], double> f) => x => -f(x);

    private static Func<double[], double> Slot(IReadOnlyDictionary<string, int> slots, string name, string field)
    {
        if (!slots.TryGetValue(name, out var index))
            throw new InvalidInputException($"unknown name '{name}'; known names: {string.Join(", ", slots.Keys)}", field: field);
        return x => x[index];
    }

    private static Func<double[], double> Combine(BinaryOp op, Func<double[], double> l, Func<double[], double> r) => op switch
    {
        BinaryOp.Add => x => l(x) + r(x),
        BinaryOp.Sub => x => l(x) - r(x),
        BinaryOp.Mul => x => l(x) * r(x),
        BinaryOp.Div => x => l(x) / r(x),
        _ => x => Math.Pow(l(x), r(x)),
    };

    private static Func<double[], double> Function(string name, Func<double[], double>[] args) => name switch
    {
        "exp" => x => Math.Exp(args[0](x)),
        "log" => x => Math.Log(args[0](x)),
        "log10" => x => Math.Log10(args[0](x)),
        "sqrt" => x => Math.Sqrt(args[0](x)),
        "pow" => x => Math.Pow(args[0](x), args[1](x)),
        _ => throw new InvalidOperationException($"unknown function {name}"),
    };
}
