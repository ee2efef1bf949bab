using System.Globalization;
using MoeLab.Core.Text;
using MoeLab.Core.Validation;
using YamlDotNet.RepresentationModel;

namespace MoeLab.Core.Hardware;

/// <summary>
/// Reads a user's hardware profile from YAML or JSON (JSON is read as YAML, its superset). Keys are the
/// snake_case field names of <see cref="HardwareProfile"/>:
/// <code>
/// name: my-box
/// description: RTX 3090 on PCIe 3
/// base: rtx4090-pcie4              # optional: start from a built-in, override what follows
/// offloaded_experts_in_host_memory: true   # optional (default true); false when experts stream from storage
/// fast_tier_capacity_bytes: 25769803776
/// bus_bandwidth_bytes_per_second: 12e9
/// </code>
/// Without <c>base</c> every field is required except <c>description</c> and
/// <c>offloaded_experts_in_host_memory</c>. Unknown keys, missing, non-numeric, negative, zero (where a
/// rate is required) and NaN values are <see cref="InvalidInputException"/>s naming the file and field.
/// </summary>
public static class HardwareProfileFile
{
    private static readonly string[] NumericKeys =
    [
        "fast_tier_capacity_bytes", "fast_tier_bandwidth_bytes_per_second", "bus_bandwidth_bytes_per_second",
        "bus_latency_seconds", "accelerator_flops_per_second", "cpu_flops_per_second",
        "cpu_memory_bandwidth_bytes_per_second", "link_bandwidth_bytes_per_second", "link_latency_seconds",
        "kernel_launch_latency_seconds",
    ];

    private static readonly string[] TextKeys = ["name", "description", "accelerator_dtype", "base"];

    // Optional, default true (experts offloaded to host DRAM); false for SSD streaming.
    private const string HostMemoryKey = "offloaded_experts_in_host_memory";

    /// <summary>Every key a profile file may hold.</summary>
    public static IReadOnlyList<string> Keys { get; } = [.. TextKeys, .. NumericKeys, HostMemoryKey];

    /// <summary>Loads and validates the profile in <paramref name="path"/>.</summary>
    public static HardwareProfile Load(string path)
    {
        if (!File.Exists(path))
            throw new InvalidInputException("hardware profile file not found", source: path);
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>
    /// A built-in profile name, or else a path to a profile file. Lets a command take <c>--hardware</c> as
    /// either.
    /// </summary>
    public static HardwareProfile Resolve(string nameOrPath, string field = "hardware")
    {
        if (HardwareProfiles.TryGet(nameOrPath, out var builtIn)) return builtIn;
        var looksLikeFile = File.Exists(nameOrPath) ||
            nameOrPath.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) ||
            nameOrPath.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) ||
            nameOrPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
        return looksLikeFile ? Load(nameOrPath) : HardwareProfiles.Get(nameOrPath, field);
    }

    /// <summary>Parses and validates profile text; <paramref name="source"/> names it in error messages.</summary>
    public static HardwareProfile Parse(string text, string source)
    {
        var root = ReadRootMapping(text, source);
        var values = new Dictionary<string, (string Text, long Line)>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in root.Children)
        {
            var key = ((keyNode as YamlScalarNode)?.Value ?? "").Trim();
            var line = keyNode.Start.Line;
            if (!Keys.Contains(key))
            {
                var nearest = NearestName.Suggest(key, Keys);
                throw new InvalidInputException(
                    $"unknown key{(nearest is null ? "" : $"; did you mean '{nearest}'?")} (valid keys: {string.Join(", ", Keys)})",
                    source, key, line);
            }
            if (valueNode is not YamlScalarNode scalar || scalar.Value is null)
                throw new InvalidInputException("must be a single value", source, key, valueNode.Start.Line);
            values[key] = (scalar.Value.Trim(), valueNode.Start.Line);
        }

        HardwareProfile? baseProfile = null;
        if (values.TryGetValue("base", out var baseName))
        {
            try { baseProfile = HardwareProfiles.Get(baseName.Text, "base"); }
            catch (InvalidInputException e) { throw new InvalidInputException(e.Detail, source, "base", baseName.Line); }
        }

        string Text(string key, string? fallback)
        {
            if (values.TryGetValue(key, out var v)) return v.Text;
            return fallback ?? throw new InvalidInputException("is missing", source, key);
        }

        double Number(string key, double? fallback)
        {
            if (!values.TryGetValue(key, out var v))
                return fallback ?? throw new InvalidInputException("is missing", source, key);
            if (!TryParseNumber(v.Text, out var number))
                throw new InvalidInputException($"must be a number, got '{v.Text}'", source, key, v.Line);
            if (double.IsNaN(number) || double.IsInfinity(number) || number < 0)
                throw new InvalidInputException($"must be a finite number ≥ 0, got '{v.Text}'", source, key, v.Line);
            return number;
        }

        bool Flag(string key, bool fallback)
        {
            if (!values.TryGetValue(key, out var v)) return fallback;
            return v.Text.ToLowerInvariant() switch
            {
                "true" or "yes" => true,
                "false" or "no" => false,
                _ => throw new InvalidInputException($"must be true or false, got '{v.Text}'", source, key, v.Line),
            };
        }

        var capacity = Number("fast_tier_capacity_bytes", baseProfile?.FastTierCapacityBytes);
        if (capacity != Math.Floor(capacity) || capacity > long.MaxValue)
            throw new InvalidInputException($"must be a whole number of bytes, got {capacity}", source, "fast_tier_capacity_bytes");

        var profile = new HardwareProfile
        {
            Name = Text("name", baseProfile is null ? null : baseProfile.Name + "-custom"),
            Description = Text("description", baseProfile is null ? "" : $"{baseProfile.Description} (modified by {Path.GetFileName(source)})"),
            FastTierCapacityBytes = (long)capacity,
            FastTierBandwidthBytesPerSecond = Number("fast_tier_bandwidth_bytes_per_second", baseProfile?.FastTierBandwidthBytesPerSecond),
            BusBandwidthBytesPerSecond = Number("bus_bandwidth_bytes_per_second", baseProfile?.BusBandwidthBytesPerSecond),
            BusLatencySeconds = Number("bus_latency_seconds", baseProfile?.BusLatencySeconds),
            AcceleratorFlopsPerSecond = Number("accelerator_flops_per_second", baseProfile?.AcceleratorFlopsPerSecond),
            AcceleratorDtype = Text("accelerator_dtype", baseProfile?.AcceleratorDtype),
            CpuFlopsPerSecond = Number("cpu_flops_per_second", baseProfile?.CpuFlopsPerSecond),
            CpuMemoryBandwidthBytesPerSecond = Number("cpu_memory_bandwidth_bytes_per_second", baseProfile?.CpuMemoryBandwidthBytesPerSecond),
            LinkBandwidthBytesPerSecond = Number("link_bandwidth_bytes_per_second", baseProfile?.LinkBandwidthBytesPerSecond),
            LinkLatencySeconds = Number("link_latency_seconds", baseProfile?.LinkLatencySeconds),
            KernelLaunchLatencySeconds = Number("kernel_launch_latency_seconds", baseProfile?.KernelLaunchLatencySeconds),
            OffloadedExpertsInHostMemory = Flag(HostMemoryKey, baseProfile?.OffloadedExpertsInHostMemory ?? true),
        };
        try
        {
            return profile.Validate();
        }
        catch (InvalidInputException e)
        {
            long? line = e.Field is not null && values.TryGetValue(e.Field, out var v) ? v.Line : null;
            throw new InvalidInputException(e.Detail, source, e.Field, line);
        }
    }

    private static YamlMappingNode ReadRootMapping(string text, string source) =>
        YamlRoot.Load(text, source, "profile fields (name: …, bus_bandwidth_bytes_per_second: …)");

    private static bool TryParseNumber(string text, out double value)
    {
        // YAML spellings of the special values, so they are rejected as NaN/∞ rather than as "not a number".
        switch (text.ToLowerInvariant())
        {
            case ".nan": value = double.NaN; return true;
            case ".inf" or "+.inf": value = double.PositiveInfinity; return true;
            case "-.inf": value = double.NegativeInfinity; return true;
        }
        return double.TryParse(text.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture, out value);
    }
}
