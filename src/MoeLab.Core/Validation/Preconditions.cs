using System.Numerics;

namespace MoeLab.Core.Validation;

/// <summary>
/// The one place that checks user-facing ranges. Every failure names the field and the allowed range, and
/// NaN is always out of range. Failures are <see cref="InvalidInputException"/> so the CLI reports them as
/// bad input (exit 2).
/// </summary>
public static class Preconditions
{
    public static T Positive<T>(T value, string field) where T : INumber<T>
    {
        if (T.IsNaN(value) || value <= T.Zero || !IsFinite(value))
            throw new InvalidInputException($"must be a positive finite number, got {value}", field: field);
        return value;
    }

    public static T NonNegative<T>(T value, string field) where T : INumber<T>
    {
        if (T.IsNaN(value) || value < T.Zero || !IsFinite(value))
            throw new InvalidInputException($"must be a finite number ≥ 0, got {value}", field: field);
        return value;
    }

    public static double Finite(double value, string field)
    {
        if (!double.IsFinite(value))
            throw new InvalidInputException($"must be a finite number, got {value}", field: field);
        return value;
    }

    public static T InRange<T>(T value, T minInclusive, T maxInclusive, string field) where T : INumber<T>
    {
        if (T.IsNaN(value) || value < minInclusive || value > maxInclusive)
            throw new InvalidInputException($"must be in [{minInclusive}, {maxInclusive}], got {value}", field: field);
        return value;
    }

    public static void That(bool condition, string message, string? field = null)
    {
        if (!condition) throw new InvalidInputException(message, field: field);
    }

    private static bool IsFinite<T>(T value) where T : INumber<T> =>
        T.IsFinite(value);
}
