using System.Text.Json;
using System.Text.Json.Nodes;
using MoeLab.Reports.Model;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// JSON has no NaN or infinity, and System.Text.Json refuses to write them. Rather than fail a whole report
/// on one bad number, the JSON renderer writes null in its place and says where, as a warning.
/// </summary>
internal static class JsonFiniteGuard
{
    /// <summary>A deep copy of <paramref name="node"/> with every non-finite number replaced by null; each replacement is named in <paramref name="replacedPaths"/>.</summary>
    public static JsonNode? Clean(JsonNode? node, string path, List<string> replacedPaths)
    {
        switch (node)
        {
            case null:
                return null;
            case JsonObject obj:
            {
                var copy = new JsonObject();
                foreach (var (key, value) in obj) copy[key] = Clean(value, $"{path}.{key}", replacedPaths);
                return copy;
            }
            case JsonArray array:
            {
                var copy = new JsonArray();
                for (var i = 0; i < array.Count; i++) copy.Add(Clean(array[i], $"{path}[{i}]", replacedPaths));
                return copy;
            }
            case JsonValue value when value.GetValueKind() == JsonValueKind.Number && !IsFinite(value):
            case JsonValue named when named.GetValueKind() == JsonValueKind.String && IsNamedNonFinite(named):
                replacedPaths.Add(path);
                return null;
            default:
                return node.DeepClone();
        }
    }

    /// <summary>A raw cell value as JSON: the number, or null (with the path recorded) when it is NaN or ±∞.</summary>
    public static JsonNode? Number(double value, string path, List<string> replacedPaths)
    {
        if (double.IsFinite(value)) return JsonValue.Create(value);
        replacedPaths.Add(path);
        return null;
    }

    public static ReportWarning? Warning(IReadOnlyList<string> replacedPaths)
    {
        if (replacedPaths.Count == 0) return null;
        const int shown = 5;
        var list = string.Join(", ", replacedPaths.Take(shown)) + (replacedPaths.Count > shown ? $" and {replacedPaths.Count - shown} more" : "");
        return new ReportWarning($"{replacedPaths.Count} value(s) were NaN or infinite and are written as null in JSON: {list}.", "json-non-finite");
    }

    // ReportJson writes a record's NaN and infinities as these names (System.Text.Json refuses them as numbers).
    private static bool IsNamedNonFinite(JsonValue value) =>
        value.TryGetValue<string>(out var text) && text is "NaN" or "Infinity" or "-Infinity";

    private static bool IsFinite(JsonValue value)
    {
        if (value.TryGetValue<double>(out var d)) return double.IsFinite(d);
        if (value.TryGetValue<float>(out var f)) return float.IsFinite(f);
        return true; // integers, decimals and parsed JSON numbers are always finite
    }
}
