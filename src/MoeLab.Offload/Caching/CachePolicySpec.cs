using System.Globalization;
using MoeLab.Core.Validation;

namespace MoeLab.Offload.Caching;

/// <summary>
/// A policy name with <c>key=value</c> parameters over defaults, as written on the command line:
/// <c>lru</c>, <c>lfu(decay=0.9)</c>, <c>opt(bypass=false)</c>.
/// </summary>
public sealed record CachePolicySpec(string Name, IReadOnlyDictionary<string, string> Parameters)
{
    public static CachePolicySpec Parse(string text)
    {
        var t = text.Trim();
        var open = t.IndexOf('(');
        if (open < 0) return new CachePolicySpec(t.ToLowerInvariant(), new Dictionary<string, string>());
        if (!t.EndsWith(')'))
            throw new InvalidInputException($"policy '{text}' must look like name or name(key=value,…)", field: "policy");
        var name = t[..open].Trim().ToLowerInvariant();
        var parameters = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var part in t[(open + 1)..^1].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = part.IndexOf('=');
            if (eq <= 0) throw new InvalidInputException($"parameter '{part}' of policy '{name}' must be key=value", field: "policy");
            parameters[part[..eq].Trim()] = part[(eq + 1)..].Trim();
        }
        return new CachePolicySpec(name, parameters);
    }

    /// <summary>Splits a comma list of specs, respecting parentheses: <c>lru,lfu(decay=0.9),opt</c>.</summary>
    public static IReadOnlyList<CachePolicySpec> ParseList(string text) => [.. SplitList(text).Select(Parse)];

    /// <summary>The items of a comma list of named things with parameters (policies, prefetchers), keeping commas
    /// inside parentheses: <c>none,speculative(accuracy=0.8)</c>.</summary>
    public static IReadOnlyList<string> SplitList(string text)
    {
        var specs = new List<string>();
        var depth = 0;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] == '(') depth++;
            else if (i < text.Length && text[i] == ')') depth--;
            else if (i == text.Length || (text[i] == ',' && depth == 0))
            {
                var piece = text[start..i].Trim();
                if (piece.Length > 0) specs.Add(piece);
                start = i + 1;
            }
        }
        return specs;
    }

    internal double GetDouble(string key, double fallback, double min, double max)
    {
        if (!Parameters.TryGetValue(key, out var s)) return fallback;
        if (!double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
            throw new InvalidInputException($"parameter {key}='{s}' of policy '{Name}' is not a number", field: "policy");
        return Preconditions.InRange(v, min, max, $"policy {Name}.{key}");
    }

    internal bool GetBool(string key, bool fallback)
    {
        if (!Parameters.TryGetValue(key, out var s)) return fallback;
        return bool.TryParse(s, out var v) ? v : throw new InvalidInputException($"parameter {key}='{s}' of policy '{Name}' must be true or false", field: "policy");
    }

    internal void AllowOnly(params string[] keys)
    {
        foreach (var k in Parameters.Keys)
            if (!keys.Contains(k, StringComparer.OrdinalIgnoreCase))
                throw new InvalidInputException(
                    keys.Length == 0 ? $"policy '{Name}' takes no parameters, got '{k}'" : $"policy '{Name}' has no parameter '{k}'; it takes: {string.Join(", ", keys)}",
                    field: "policy");
    }
}
