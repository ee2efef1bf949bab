using System.Reflection;

namespace MoeLab.Reports.Rendering;

/// <summary>
/// The minified Vega, Vega-Lite and Vega-Embed builds embedded in this assembly at build time (pinned by
/// tools/vega/package-lock.json), inlined into HTML reports so they draw charts with no network.
/// </summary>
public static class VegaAssets
{
    private static readonly Lazy<string> VegaJs = new(() => Load("vega.min.js"));
    private static readonly Lazy<string> VegaLiteJs = new(() => Load("vega-lite.min.js"));
    private static readonly Lazy<string> VegaEmbedJs = new(() => Load("vega-embed.min.js"));

    public static string Vega => VegaJs.Value;
    public static string VegaLite => VegaLiteJs.Value;
    public static string VegaEmbed => VegaEmbedJs.Value;

    /// <summary>The three libraries in load order (Vega-Lite needs Vega; Vega-Embed needs both).</summary>
    public static IReadOnlyList<(string Name, string Script)> InLoadOrder() =>
        [("vega", Vega), ("vega-lite", VegaLite), ("vega-embed", VegaEmbed)];

    private static string Load(string file)
    {
        var name = $"MoeLab.Reports.Assets.{file}";
        using var stream = typeof(VegaAssets).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException(
                $"{name} is not embedded in {typeof(VegaAssets).Assembly.GetName().Name}; rebuild so `npm ci` can fetch tools/vega.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd();
        // Inside <script>…</script> the only text that ends the element early is "</script"; none of the pinned
        // builds contains it, but a future version might, and the guard costs nothing.
        return script.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);
    }
}
