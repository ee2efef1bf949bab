namespace MoeLab.Scaling.Expressions;

/// <summary>
/// A parsed arithmetic expression: an immutable tree over numbers, named symbols, + − × ÷ ^ and the
/// functions exp, log (natural), log10, sqrt, pow. Trees differentiate symbolically (<see cref="Derivative"/>)
/// and compile to delegates over a slot array (<see cref="ExprCompiler"/>), so fits of user-written laws get
/// exact gradients.
/// </summary>
public abstract record Expr
{
    public abstract override string ToString();

    /// <summary>∂this/∂<paramref name="symbol"/>, lightly simplified (constant folding, 0 and 1 identities).</summary>
    public abstract Expr Derivative(string symbol);

    /// <summary>Every symbol the expression mentions.</summary>
    public abstract IEnumerable<string> Symbols();

    public static Expr operator +(Expr a, Expr b) => Simplify.Add(a, b);
    public static Expr operator -(Expr a, Expr b) => Simplify.Sub(a, b);
    public static Expr operator *(Expr a, Expr b) => Simplify.Mul(a, b);
    public static Expr operator /(Expr a, Expr b) => Simplify.Div(a, b);
}

public sealed record Num(double Value) : Expr
{
    public override string ToString() => Value.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
    public override Expr Derivative(string symbol) => new Num(0);
    public override IEnumerable<string> Symbols() => [];
}

public sealed record Sym(string Name) : Expr
{
    public override string ToString() => Name;
    public override Expr Derivative(string symbol) => new Num(Name == symbol ? 1 : 0);
    public override IEnumerable<string> Symbols() => [Name];
}

public sealed record Neg(Expr Operand) : Expr
{
    public override string ToString() => $"(-{Operand})";
    public override Expr Derivative(string symbol) => Simplify.Negate(Operand.Derivative(symbol));
    public override IEnumerable<string> Symbols() => Operand.Symbols();
}

public enum BinaryOp { Add, Sub, Mul, Div, Pow }

public sealed record Binary(BinaryOp Op, Expr Left, Expr Right) : Expr
{
    public override string ToString() => Op switch
    {
        BinaryOp.Add => $"({Left} + {Right})",
        BinaryOp.Sub => $"({Left} - {Right})",
        BinaryOp.Mul => $"({Left} * {Right})",
        BinaryOp.Div => $"({Left} / {Right})",
        _ => $"({Left} ^ {Right})",
    };

    public override IEnumerable<string> Symbols() => Left.Symbols().Concat(Right.Symbols());

    public override Expr Derivative(string symbol)
    {
        var dl = Left.Derivative(symbol);
        var dr = Right.Derivative(symbol);
        switch (Op)
        {
            case BinaryOp.Add: return dl + dr;
            case BinaryOp.Sub: return dl - dr;
            case BinaryOp.Mul: return dl * Right + Left * dr;
            case BinaryOp.Div: return (dl * Right - Left * dr) / Simplify.Pow(Right, new Num(2));
            default:
                // d(u^v) = v·u^(v−1)·u' + u^v·ln(u)·v'; the ln u term only when v depends on the symbol,
                // so constant exponents of negative bases stay valid.
                Expr result = new Num(0);
                if (!Simplify.IsZero(dl)) result = Right * Simplify.Pow(Left, Right - new Num(1)) * dl;
                if (!Simplify.IsZero(dr)) result = result + this * new Call("log", [Left]) * dr;
                return result;
        }
    }
}

public sealed record Call(string Function, IReadOnlyList<Expr> Arguments) : Expr
{
    public override string ToString() => $"{Function}({string.Join(", ", Arguments)})";

    public override IEnumerable<string> Symbols() => Arguments.SelectMany(a => a.Symbols());

    public override Expr Derivative(string symbol)
    {
        var u = Arguments[0];
        var du = u.Derivative(symbol);
        return Function switch
        {
            "exp" => this * du,
            "log" => du / u,
            "log10" => du / (u * new Num(Math.Log(10))),
            "sqrt" => du / (new Num(2) * this),
            "pow" => new Binary(BinaryOp.Pow, Arguments[0], Arguments[1]).Derivative(symbol),
            _ => throw new InvalidOperationException($"no derivative rule for {Function}"),
        };
    }

    public bool Equals(Call? other) =>
        other is not null && other.Function == Function && other.Arguments.SequenceEqual(Arguments);

    public override int GetHashCode() => HashCode.Combine(Function, Arguments.Count);
}

/// <summary>Constant folding and 0/1 identities, so derivative trees stay small.</summary>
internal static class Simplify
{
    public static bool IsZero(Expr e) => e is Num { Value: 0 };
    private static bool IsOne(Expr e) => e is Num { Value: 1 };

    public static Expr Add(Expr a, Expr b) =>
        IsZero(a) ? b : IsZero(b) ? a : a is Num x && b is Num y ? new Num(x.Value + y.Value) : new Binary(BinaryOp.Add, a, b);

    public static Expr Sub(Expr a, Expr b) =>
        IsZero(b) ? a : IsZero(a) ? Negate(b) : a is Num x && b is Num y ? new Num(x.Value - y.Value) : new Binary(BinaryOp.Sub, a, b);

    public static Expr Mul(Expr a, Expr b) =>
        IsZero(a) || IsZero(b) ? new Num(0) : IsOne(a) ? b : IsOne(b) ? a
        : a is Num x && b is Num y ? new Num(x.Value * y.Value) : new Binary(BinaryOp.Mul, a, b);

    public static Expr Div(Expr a, Expr b) =>
        IsZero(a) ? new Num(0) : IsOne(b) ? a : a is Num x && b is Num y ? new Num(x.Value / y.Value) : new Binary(BinaryOp.Div, a, b);

    public static Expr Pow(Expr a, Expr b) =>
        IsZero(b) ? new Num(1) : IsOne(b) ? a : a is Num x && b is Num y ? new Num(Math.Pow(x.Value, y.Value)) : new Binary(BinaryOp.Pow, a, b);

    public static Expr Negate(Expr a) => a switch
    {
        Num n => new Num(-n.Value),
        Neg n => n.Operand,
        _ => new Neg(a),
    };
}
