using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Scaling.Expressions;

/// <summary>
/// Recursive-descent parser for law expressions. Grammar (usual precedence, ^ right-associative and binding
/// tighter than unary minus, so <c>-x^2</c> is <c>-(x^2)</c>):
/// <code>
/// expr    := term (('+' | '-') term)*
/// term    := unary (('*' | '/') unary)*
/// unary   := ('-' | '+') unary | power
/// power   := primary ('^' unary)?
/// primary := number | name | name '(' expr (',' expr)* ')' | '(' expr ')'
/// </code>
/// Functions: exp, log (natural; <c>ln</c> is an alias), log10, sqrt, pow(x, y). Errors name the character
/// position and are <see cref="InvalidInputException"/>s.
/// </summary>
public sealed class ExprParser
{
    private static readonly Dictionary<string, int> Functions = new()
    {
        ["exp"] = 1, ["log"] = 1, ["ln"] = 1, ["log10"] = 1, ["sqrt"] = 1, ["pow"] = 2,
    };

    private readonly string _text;
    private int _pos;

    private ExprParser(string text) => _text = text;

    public static Expr Parse(string text, string field = "expression")
    {
        if (string.IsNullOrWhiteSpace(text)) throw new InvalidInputException("the expression is empty", field: field);
        var parser = new ExprParser(text);
        try
        {
            var expr = parser.ParseExpr();
            parser.SkipSpace();
            if (parser._pos < text.Length) parser.Fail($"unexpected '{text[parser._pos]}'");
            return expr;
        }
        catch (InvalidInputException e) when (e.Field is null)
        {
            throw new InvalidInputException(e.Detail, field: field);
        }
    }

    private Expr ParseExpr()
    {
        var left = ParseTerm();
        while (true)
        {
            SkipSpace();
            if (Accept('+')) left = new Binary(BinaryOp.Add, left, ParseTerm());
            else if (Accept('-')) left = new Binary(BinaryOp.Sub, left, ParseTerm());
            else return left;
        }
    }

    private Expr ParseTerm()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpace();
            if (Accept('*')) left = new Binary(BinaryOp.Mul, left, ParseUnary());
            else if (Accept('/')) left = new Binary(BinaryOp.Div, left, ParseUnary());
            else return left;
        }
    }

    private Expr ParseUnary()
    {
        SkipSpace();
        if (Accept('-')) return new Neg(ParseUnary());
        if (Accept('+')) return ParseUnary();
        return ParsePower();
    }

    private Expr ParsePower()
    {
        var basis = ParsePrimary();
        SkipSpace();
        return Accept('^') ? new Binary(BinaryOp.Pow, basis, ParseUnary()) : basis;
    }

    private Expr ParsePrimary()
    {
        SkipSpace();
        if (_pos >= _text.Length) Fail("unexpected end of expression");
        var c = _text[_pos];
        if (Accept('('))
        {
            var inner = ParseExpr();
            SkipSpace();
            if (!Accept(')')) Fail("expected ')'");
            return inner;
        }
        if (char.IsDigit(c) || c == '.') return ParseNumber();
        if (char.IsLetter(c) || c == '_') return ParseName();
        Fail($"unexpected '{c}'");
        return null!;
    }

    private Expr ParseNumber()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsDigit(_text[_pos]) || _text[_pos] == '.')) _pos++;
        if (_pos < _text.Length && (_text[_pos] == 'e' || _text[_pos] == 'E'))
        {
            var save = _pos;
            _pos++;
            if (_pos < _text.Length && (_text[_pos] == '+' || _text[_pos] == '-')) _pos++;
            if (_pos < _text.Length && char.IsDigit(_text[_pos]))
                while (_pos < _text.Length && char.IsDigit(_text[_pos])) _pos++;
            else _pos = save;
        }
        var token = _text[start.._pos];
        if (!double.TryParse(token, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            Fail($"'{token}' is not a number", start);
        return new Num(value);
    }

    private Expr ParseName()
    {
        var start = _pos;
        while (_pos < _text.Length && (char.IsLetterOrDigit(_text[_pos]) || _text[_pos] == '_')) _pos++;
        var name = _text[start.._pos];
        SkipSpace();
        if (!Accept('(')) return new Sym(name);
        var function = name.ToLowerInvariant();
        if (!Functions.TryGetValue(function, out var arity))
            Fail($"unknown function '{name}'; known: {string.Join(", ", Functions.Keys)}", start);
        var args = new List<Expr> { ParseExpr() };
        SkipSpace();
        while (Accept(','))
        {
            args.Add(ParseExpr());
            SkipSpace();
        }
        if (!Accept(')')) Fail("expected ')' after function arguments");
        if (args.Count != arity) Fail($"{name} takes {arity} argument(s), got {args.Count}", start);
        if (function == "ln") function = "log";
        return new Call(function, args);
    }

    private bool Accept(char c)
    {
        if (_pos < _text.Length && _text[_pos] == c) { _pos++; return true; }
        return false;
    }

    private void SkipSpace()
    {
        while (_pos < _text.Length && char.IsWhiteSpace(_text[_pos])) _pos++;
    }

    private void Fail(string message, int? at = null) =>
        throw new InvalidInputException($"{message} at position {(at ?? _pos) + 1} of \"{_text}\"");
}
