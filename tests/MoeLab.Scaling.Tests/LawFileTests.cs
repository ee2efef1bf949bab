using System.Text.Json.Nodes;
using MoeLab.Core.Validation;
using MoeLab.Scaling.Data;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Laws;
using MoeLab.Scaling.Presets;

namespace MoeLab.Scaling.Tests;

public sealed class LawFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-law-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    public static TheoryData<IScalingLaw> Laws => new()
    {
        LawPresets.Besiroglu2024.Law,
        LawPresets.Krajewski2024.Law,
        new KaplanPowerLaw(PowerLawVariable.TokensD, 5.4e13, 0.095),
        new JointMoeLaw(30, -0.2, 0.1, -0.01, 35, -0.18, -0.3, 0.01, 1.4, new ClarkExpertSaturation(1, 300)),
        new ExpressionLaw("E + A/N^alpha", [new("E", 2), new("A", 400), new("alpha", 0.3)]),
    };

    [Theory]
    [MemberData(nameof(Laws))]
    public void LawFile_SaveLoad_RoundTripsLoss(IScalingLaw law)
    {
        var path = Path.Combine(_dir, "law.json");
        LawFile.FromLaw(law, new Dictionary<string, string> { ["data"] = "x.csv" }, new JsonObject { ["objective"] = 1e-3 }).Save(path);
        var loaded = LawFile.Load(path);
        Assert.Equal(law.FormName, loaded.Form);
        var again = loaded.ToLaw();
        var input = new LawInput(3e9, 6e10, 8, 4);
        Assert.Equal(law.Loss(input), again.Loss(input), 1e-12);
        Assert.Equal("x.csv", loaded.Provenance!["data"]);
    }

    [Theory]
    [InlineData("""{"form": "chinchilla", "parameters": {"E": 1, "A": 2, "B": 3, "alpha": 0.3}}""", "parameters.beta")]
    [InlineData("""{"form": "chinchila", "parameters": {"E": 1}}""", "form")]
    [InlineData("""{"form": "chinchilla", "parameters": {"E": "x"}}""", "parameters.E")]
    [InlineData("""{"format": "moelab-law", "version": 9, "form": "chinchilla", "parameters": {}}""", "version")]
    public void LawFile_Malformed_NamesTheField(string json, string field)
    {
        var path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, json);
        var e = Assert.Throws<InvalidInputException>(() => LawFile.Load(path));
        Assert.Equal(field, e.Field);
        Assert.Equal(path, e.Source);
    }

    [Fact]
    public void FitOutcome_ToLawFile_CarriesDiagnosticsAndProvenance()
    {
        var law = new ChinchillaLaw(1.69, 406.4, 410.7, 0.34, 0.28);
        var runs = new List<RunPoint>();
        long row = 0;
        foreach (var n in new[] { 1e8, 3e8, 1e9, 3e9 })
            foreach (var k in new[] { 5.0, 20, 80 })
                runs.Add(new RunPoint(n, n * k, 6 * n * n * k, law.Loss(n, n * k), ++row));
        var form = LawForms.Create("chinchilla") with { Starts = StartGrids.Product([[5.0], [5.0], [0.5], [0.3], [0.3]]) };
        var outcome = FitService.Run(new FitRequest(new RunTable("gen.csv", runs), form, new FitOptions(), ComputeFlops: 1e21));
        var file = outcome.ToLawFile("moelab fit gen.csv");
        Assert.Equal("gen.csv", file.Provenance!["data"]);
        Assert.Equal(1, (int)file.Diagnostics!["starts"]!);
        Assert.Contains(outcome.Quantities, q => q.Key == LawQuantities.OptimalParams);
    }
}
