using MoeLab.Core.Validation;

namespace MoeLab.Engine.Weights;

/// <summary>Reads a tensor the caller expects to have a given shape, so a wrong file fails at load, naming the tensor.</summary>
public static class TensorSourceReading
{
    public static float[] ReadFloats(this ITensorSource source, string name, params long[] expectedShape)
    {
        if (!source.Contains(name)) throw new InvalidInputException("tensor missing", source: source.Description, field: name);
        var shape = source.Info(name).Shape;
        if (!shape.SequenceEqual(expectedShape))
            throw new InvalidInputException($"shape [{string.Join(",", shape)}] does not match the model's [{string.Join(",", expectedShape)}]",
                source: source.Description, field: name);
        var values = source.ReadFloats(name);
        if (values.LongLength != shape.Aggregate(1L, (a, d) => a * d))
            throw new InvalidInputException($"read {values.LongLength} values for shape [{string.Join(",", shape)}]", source: source.Description, field: name);
        return values;
    }
}
