using System.Reflection;
using MoeLab.Core.Import;
using MoeLab.Core.Text;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Presets;

/// <summary>
/// Built-in models, embedded in the assembly (so the CLI works anywhere): every model of the reference
/// data (data/models, copied verbatim) plus a few common ones. Names are the file stems; short
/// aliases (<c>mixtral-8x7b</c>) map to them.
/// </summary>
public static class ModelPresets
{
    private const string ResourcePrefix = "MoeLab.Core.Presets.Models.";

    private static readonly Dictionary<string, string> Aliases = new(StringComparer.OrdinalIgnoreCase)
    {
        ["mixtral-8x7b"] = "mixtral-8x7b-v0.1",
        ["mixtral-8x22b"] = "mixtral-8x22b-v0.1",
        ["olmoe"] = "olmoe-1b-7b-0924",
        ["olmoe-1b-7b"] = "olmoe-1b-7b-0924",
        ["phi-3.5-moe"] = "phi-3.5-moe-instruct",
        ["granite-3.1-3b-a800m"] = "granite-3.1-3b-a800m-instruct",
        ["llama-4-scout"] = "llama-4-scout-17b-16e-instruct",
        ["qwen1.5-moe"] = "qwen1.5-moe-a2.7b",
        ["deepseekmoe"] = "deepseekmoe-16b",
        ["jamba"] = "jamba-v0.1",
    };

    private static readonly Lazy<IReadOnlyList<string>> NameList = new(() =>
        [.. typeof(ModelPresets).Assembly.GetManifestResourceNames()
            .Where(r => r.StartsWith(ResourcePrefix, StringComparison.Ordinal) && r.EndsWith(".json", StringComparison.Ordinal))
            .Select(r => r[ResourcePrefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal)]);

    /// <summary>Canonical preset names, sorted.</summary>
    public static IReadOnlyList<string> Names => NameList.Value;

    /// <summary>Short aliases and the preset each stands for.</summary>
    public static IReadOnlyDictionary<string, string> AliasMap => Aliases;

    public static bool Exists(string name) => Canonical(name) is not null;

    /// <summary>The preset called <paramref name="name"/> (or an alias); unknown names list the presets and suggest the nearest.</summary>
    public static ImportedModel Get(string name)
    {
        var canonical = Canonical(name) ?? throw Unknown(name);
        using var stream = typeof(ModelPresets).Assembly.GetManifestResourceStream(ResourcePrefix + canonical + ".json")
            ?? throw new InvalidOperationException($"preset resource for '{canonical}' missing from the assembly");
        using var reader = new StreamReader(stream);
        var model = ModelFile.Parse(reader.ReadToEnd(), $"preset:{canonical}", canonical);
        return model with { Source = $"preset:{canonical}" };
    }

    /// <summary>The preset's JSON text as embedded (a reference wrapper or a bare config), for tools that need the raw config keys.</summary>
    public static string GetText(string name)
    {
        var canonical = Canonical(name) ?? throw Unknown(name);
        using var stream = typeof(ModelPresets).Assembly.GetManifestResourceStream(ResourcePrefix + canonical + ".json")
            ?? throw new InvalidOperationException($"preset resource for '{canonical}' missing from the assembly");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// A path to a model file if one exists there, otherwise a preset name. Paths win so that a local
    /// file shadows nothing by accident: a name that is neither is reported with the nearest preset.
    /// </summary>
    public static ImportedModel Resolve(string nameOrPath)
    {
        if (File.Exists(nameOrPath)) return ModelFile.Read(nameOrPath);
        if (Exists(nameOrPath)) return Get(nameOrPath);
        if (Directory.Exists(nameOrPath))
        {
            var inside = Path.Combine(nameOrPath, "config.json");
            throw new InvalidInputException(
                File.Exists(inside) ? $"is a directory, not a model file; did you mean {inside}?" : "is a directory, not a model file (give a config.json or a MoeLab spec JSON)",
                nameOrPath);
        }
        if (nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || nameOrPath.Contains('/') || nameOrPath.Contains('\\'))
            throw new InvalidInputException("file not found (and not a preset name)", nameOrPath);
        throw Unknown(nameOrPath);
    }

    private static string? Canonical(string name)
    {
        if (Aliases.TryGetValue(name, out var target)) return target;
        return Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase));
    }

    private static InvalidInputException Unknown(string name)
    {
        var all = Names.Concat(Aliases.Keys).ToList();
        var nearest = NearestName.Suggest(name, all);
        var hint = nearest is null ? "" : $"; did you mean '{nearest}'?";
        return new InvalidInputException($"unknown model preset '{name}'{hint} (presets: {string.Join(", ", Names)}; or give a path to a config.json)");
    }
}
