using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Laws;

namespace MoeLab.Scaling.Fitting;

/// <summary>
/// Reads a user's expression-law spec for <c>moelab fit --law-spec FILE</c>:
/// <code>
/// { "expression": "E + A/N^alpha + B/D^beta",
///   "parameters": { "E": { "start": [1, 2], "lower": 0 },
///                   "alpha": { "start": [0.2, 0.5], "lower": 0, "upper": 2 }, ... } }
/// </code>
/// Variables are N, D, C (= 6ND), NE (experts) and G (granularity); every other name is a parameter.
/// "start" is a number or a list (the multi-start grid is the product of the lists).
/// </summary>
public static class ExpressionSpecFile
{
    public static FittableForm Load(string path)
    {
        if (!File.Exists(path)) throw new InvalidInputException("law spec file not found", source: path);
        try
        {
            JsonNode? node;
            try { node = JsonNode.Parse(File.ReadAllText(path)); }
            catch (JsonException e) { throw new InvalidInputException($"not valid JSON: {e.Message}"); }
            if (node is not JsonObject obj) throw new InvalidInputException("expected a JSON object");
            try { return Parse(obj); }
            catch (Exception e) when (e is InvalidOperationException or FormatException)
            {
                throw new InvalidInputException($"a field has the wrong type: {e.Message}");
            }
        }
        catch (InvalidInputException e)
        {
            throw e.InFile(path);
        }
    }

    public static FittableForm Parse(JsonObject obj)
    {
        var expression = obj["expression"]?.GetValue<string>() ?? throw new InvalidInputException("missing 'expression'", field: "expression");
        if (obj["parameters"] is not JsonObject parameters || parameters.Count == 0)
            throw new InvalidInputException("missing 'parameters' object (name → {start, lower, upper})", field: "parameters");
        var specs = new List<ParameterSpec>();
        foreach (var (name, value) in parameters)
        {
            var starts = value switch
            {
                JsonValue v => [v.GetValue<double>()],
                JsonObject o => o["start"] switch
                {
                    JsonArray a => a.Select(x => x!.GetValue<double>()).ToList(),
                    JsonValue v => [v.GetValue<double>()],
                    _ => throw new InvalidInputException("needs 'start' (a number or a list)", field: $"parameters.{name}.start"),
                },
                _ => throw new InvalidInputException("must be a number or an object {start, lower, upper}", field: $"parameters.{name}"),
            };
            var lower = (value as JsonObject)?["lower"]?.GetValue<double>();
            var upper = (value as JsonObject)?["upper"]?.GetValue<double>();
            specs.Add(new ParameterSpec(name, starts, lower, upper));
        }
        return LawForms.FromExpression(expression, specs);
    }
}
