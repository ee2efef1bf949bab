using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using MoeLab.Reports.Charts;
using MoeLab.Reports.Rendering;
using MoeLab.Testing;

namespace MoeLab.Reports.Tests;

/// <summary>
/// The specs' $schema names the Vega-Lite major version the reports bundle (Vega-Embed logs "spec uses Vega-Lite v5,
/// but the current version is v6" otherwise); the browser tests check the page, this checks the pin without one.
/// </summary>
public sealed class VegaLiteVersionTests
{
    private static string PinnedVegaLite() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "tools", "vega", "package.json")))!["dependencies"]!["vega-lite"]!.GetValue<string>();

    [Fact]
    public void SchemaUrl_MajorVersion_IsThePinnedVegaLitesMajor()
    {
        var major = PinnedVegaLite().Split('.')[0];
        Assert.Equal(VegaLite.SchemaUrl, $"https://vega.github.io/schema/vega-lite/v{major}.json");
    }

    [Fact]
    public void EmbeddedVegaLite_IsThePinnedVersion()
    {
        var pinned = PinnedVegaLite();
        var versions = Regex.Matches(VegaAssets.VegaLite, "\"(\\d+\\.\\d+\\.\\d+)\"").Select(m => m.Groups[1].Value).ToHashSet();
        Assert.Contains(pinned, versions);
    }
}
