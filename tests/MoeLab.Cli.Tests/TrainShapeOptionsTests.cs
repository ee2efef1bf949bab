using System.CommandLine;
using MoeLab.Cli.Commands;

namespace MoeLab.Cli.Tests;

/// <summary>`train --granularity g` and `train --sectional E`: the shapes seed 000's and seed 002's experiments need, trained end to end.</summary>
[Collection("Console")]
public sealed class TrainShapeOptionsTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-cli-shapes-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static (int Exit, string Out, string Err) Run(params string[] args) =>
        InProcessCli.Run(new RootCommand { TrainCommand.Create() }, args);

    private Dictionary<string, string> TrainRow(params string[] shape)
    {
        var runs = Path.Combine(_dir, $"runs-{Guid.NewGuid():N}.csv");
        var (exit, _, err) = Run([.. shape, "--steps", "2", "--batch", "2", "--seq-len", "16", "--data", WordText.WriteTo(_dir), "--runs", runs, "--json"]);
        Assert.True(exit == 0, err);
        var lines = File.ReadAllLines(runs);
        Assert.Equal(2, lines.Length);
        return lines[0].Split(',').Zip(lines[1].Split(',')).ToDictionary(p => p.First, p => p.Second);
    }

    [Fact]
    public void Granularity_SplitsExperts_SameActiveExpertParameters_RouterGrows()
    {
        var coarse = TrainRow("train", "--preset", "tiny-moe");
        var fine = TrainRow("train", "--preset", "tiny-moe", "--granularity", "4");

        Assert.Equal(("4", "2"), (coarse["E"], coarse["top_k"]));
        Assert.Equal(("16", "8"), (fine["E"], fine["top_k"]));
        // tiny-moe: d = 64, 2 MoE layers, 4 experts; the router goes from d·4 to d·16 weights per layer.
        var routerGrowth = 2L * 64 * 4 * (4 - 1);
        Assert.Equal(long.Parse(coarse["N_active"]) + routerGrowth, long.Parse(fine["N_active"]));
        Assert.Equal(long.Parse(coarse["N"]) + routerGrowth, long.Parse(fine["N"]));
    }

    [Fact]
    public void Sectional_TrainsSeed002sBlock_InPlaceOfTheDenseFfn()
    {
        var dense = TrainRow("train", "--preset", "tiny-dense");
        var sectional = TrainRow("train", "--preset", "tiny-dense", "--sectional", "4");

        Assert.Contains("-sect4-", sectional["spec"]);
        Assert.True(double.IsFinite(double.Parse(sectional["loss"], System.Globalization.CultureInfo.InvariantCulture)));
        // Block-diagonal: each of E sections maps d/E → (d_ff/E) → d/E, so the FFN keeps 1/E of the dense one's 3·d·d_ff weights.
        // tiny-dense: d = 64, d_ff = 192, 2 layers.
        var ffnSaved = 2L * 3 * 64 * 192 * (4 - 1) / 4;
        Assert.Equal(long.Parse(dense["N"]) - ffnSaved, long.Parse(sectional["N"]));
    }

    [Theory]
    [InlineData(new[] { "--preset", "tiny-moe", "--sectional", "4" }, "--sectional", "routed experts")]
    [InlineData(new[] { "--preset", "tiny-dense", "--sectional-mixing" }, "--sectional", "belong to --sectional")]
    [InlineData(new[] { "--preset", "tiny-moe", "--granularity", "5" }, "--granularity", "must divide the expert width 96")]
    [InlineData(new[] { "--preset", "tiny-dense", "--granularity", "2" }, "--granularity", "dense")]
    [InlineData(new[] { "--preset", "tiny-dense", "--sectional", "5" }, "sectional_experts", "must divide")]
    public void BadShape_RefusedBeforeTraining(string[] shape, string field, string says)
    {
        var (exit, _, err) = Run(["train", .. shape, "--data", WordText.WriteTo(_dir)]);
        Assert.Equal(2, exit);
        Assert.Contains(field, err);
        Assert.Contains(says, err);
        Assert.Single(err.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
