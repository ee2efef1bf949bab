using MoeLab.Core.Accounting;
using MoeLab.Core.Import;
using MoeLab.Core.Presets;
using MoeLab.Core.Validation;
using MoeLab.Testing;

namespace MoeLab.Core.Tests.Presets;

public sealed class ModelPresetsTests
{
    [Fact]
    public void EveryImportableReferenceModel_IsAPreset_WithIdenticalContent()
    {
        foreach (var path in Directory.GetFiles(TestPaths.SharedFile("models"), "*.json"))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name == "jamba-v0.1") continue; // hybrid Mamba: not describable by MoeSpec (see PublishedFigureTests)
            var embedded = File.ReadAllText(Path.Combine(TestPaths.RepoRoot, "src", "MoeLab.Core", "Presets", "Models", name + ".json"));
            Assert.Equal(File.ReadAllText(path), embedded);
            Assert.Equal(ModelPresets.Get(name).Spec with { Name = "" }, ModelFile.Read(path).Spec with { Name = "" });
        }
    }

    [Fact]
    public void Alias_ResolvesToCanonical()
    {
        var m = ModelPresets.Get("mixtral-8x7b");
        Assert.Equal("preset:mixtral-8x7b-v0.1", m.Source);
        Assert.Equal("Mixtral-8x7B-v0.1", m.Spec.Name);
    }

    [Fact]
    public void UnknownName_SuggestsNearestAndListsPresets()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelPresets.Resolve("mixtrl-8x7b"));
        Assert.Contains("did you mean 'mixtral-8x7b'?", e.Message);
        Assert.Contains("deepseek-v3", e.Message);
    }

    [Fact]
    public void MissingJsonPath_IsFileNotFound()
    {
        var e = Assert.Throws<InvalidInputException>(() => ModelPresets.Resolve("nowhere/config.json"));
        Assert.Equal("nowhere/config.json", e.Source);
        Assert.Contains("file not found", e.Message);
    }

    [Fact]
    public void ExtraPresets_MatchTheirPublishedFigures()
    {
        // Presets added beyond the reference data; each checked against its own published name-level figures.
        static (double Total, double Active) Count(string n)
        {
            var p = ModelAccountant.Account(ModelPresets.Get(n).Spec).Params;
            return (p.TotalParams / 1e9, p.ActiveParamsPerToken / 1e9);
        }
        var v2 = Count("deepseek-v2");
        Assert.InRange(v2.Total, 235.5, 236.5);
        Assert.InRange(v2.Active, 20.5, 21.5);
        var q2 = Count("qwen2-57b-a14b");
        Assert.InRange(q2.Total, 56.5, 57.5);
        Assert.InRange(q2.Active, 13.5, 14.5);
        var q3 = Count("qwen3-235b-a22b");
        Assert.InRange(q3.Total, 234.5, 235.5);
        Assert.InRange(q3.Active, 21.5, 22.5);
        var oss = ModelAccountant.Account(ModelPresets.Get("gpt-oss-20b").Spec).Params;
        Assert.InRange(oss.TotalParams / 1e9, 20.5, 21.5);
        Assert.InRange(oss.ActiveParamsPerTokenExcludingEmbeddings / 1e9, 3.55, 3.65);
    }
}
