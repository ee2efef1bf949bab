using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// How a result record becomes part of a report's <c>data</c>: property names in the JSON convention (docs/json.md)
/// whatever the C# name — snake_case, seconds as <c>_s</c>, rates as <c>_per_s</c> — so a serialized domain record sits
/// beside hand-built objects with one naming. NaN and infinities are written as named literals here and turned into
/// null with a warning by the JSON renderer.
/// </summary>
public static class ReportJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = new UnitSuffixNamingPolicy(),
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static JsonNode? ToNode<T>(T value) => JsonSerializer.SerializeToNode(value, Options);

    /// <summary>The JSON name of a C# property: <c>DecodeTokensPerSecond</c> → <c>decode_tokens_per_s</c>, <c>BusBusySeconds</c> → <c>bus_busy_s</c>.</summary>
    public static string Name(string name)
    {
        var snake = JsonNamingPolicy.SnakeCaseLower.ConvertName(name);
        if (snake == "seconds") return "time_s";
        if (snake.EndsWith("_per_second", StringComparison.Ordinal)) return snake[..^"second".Length] + "s";
        if (snake.EndsWith("_seconds", StringComparison.Ordinal)) return snake[..^"seconds".Length] + "s";
        return snake;
    }

    private sealed class UnitSuffixNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => Name(name);
    }
}
