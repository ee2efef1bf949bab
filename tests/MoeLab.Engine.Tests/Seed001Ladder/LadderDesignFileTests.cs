using MoeLab.Core.Validation;
using MoeLab.Engine.Training.Seed001Ladder;
using MoeLab.Testing;

namespace MoeLab.Engine.Tests.Seed001Ladder;

/// <summary>Design files: the built-in designs written as files plan the same runs; listed configurations; every bad input is one message naming file and field.</summary>
public sealed class LadderDesignFileTests
{
    private const string Source = "my-design.yaml";

    private static string Designs(string file) => Path.Combine(TestPaths.RepoRoot, "docs", "designs", file);

    [Theory]
    [InlineData("seed001-micro.yaml", "seed001-micro")]
    [InlineData("seed001-small.yaml", "seed001-small")]
    public void BuiltInDesignAsAFile_PlansTheSameRunsWithTheSameManifestHash(string file, string name)
    {
        var fromFile = LadderDesignFile.Load(Designs(file));
        var builtIn = LadderPlanner.Plan(LadderDesigns.Get(name));
        Assert.Equal(builtIn.Runs.Select(r => (r.Id, r.Phase, r.Shape.HiddenSize, r.Options.Steps)), fromFile.Runs.Select(r => (r.Id, r.Phase, r.Shape.HiddenSize, r.Options.Steps)));
        var corpus = TinyModels.Text();
        // The same hash: a directory started with --design seed001-micro continues with the file, and the other way round.
        Assert.Equal(LadderManifest.For(builtIn, corpus).Hash, LadderManifest.For(fromFile, corpus).Hash);
        Assert.NotEqual(LadderManifest.For(builtIn, corpus).Hash, LadderManifest.For(LadderDesignFile.Load(Designs(file), seed: 2), corpus).Hash);
    }

    [Fact]
    public void ListedConfigurations_PlanTheProxyAndTheListedWidthsAtTheirWholeDenseLayers()
    {
        var plan = LadderDesignFile.Load(Designs("tiny-configurations.yaml"));
        var design = plan.Design;
        Assert.Equal([1e8, 2e8], design.Budgets); // from the configurations' c
        Assert.Equal(3, plan.Runs.Count(r => r.Phase == 1)); // one proxy per configuration
        // configurations[0]: x = 7.2346 is L = 4 at 1e8 (M = 36 k: 6·36000/(36000 − 1536·4) = 7.2347); 2 widths by sweep_widths.
        var first = plan.Runs.Where(r => r.ConfigId == "s1-L4-y1.5").ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, r => Assert.Equal(4, r.Shape.Layers));
        // configurations[1]: d = 8 is listed; it is trained at its nearest whole L_d, a width within a unit of the one that realises it.
        var second = plan.Runs.Where(r => r.ConfigId == "s1-L5-y3").ToList();
        Assert.Equal(2, second.Count);
        Assert.Contains(second, r => r.Phase == 2 && Math.Abs(r.Shape.HiddenSize - 8) <= 1);
        // configurations[2]: proxy plus d = 11 and d = 15, three distinct runs at 2e8.
        var third = plan.Runs.Where(r => r.ConfigId == "s2-L4-y2.25").ToList();
        Assert.Equal(3, third.Count);
        Assert.Equal(3, third.Select(r => r.Shape.DenseLayers).Distinct().Count());
        Assert.All(third, r => Assert.Equal(2e8, r.Scale.ComputeFlops));
        Assert.All(plan.Runs, r => Assert.InRange(r.TotalPerActiveParam, 1.5, 3));
    }

    private const string Header = """
        name: t
        backbone: {routed_experts: 8, top_k: 1, shared_experts: 1, context_length: 16, query_heads: 2, kv_heads: 1, head_dim: 8, vocab_size: 256}
        flops_per_token: 36000
        batch_size: 2
        eval_batches: 4
        learning_rate: 5e-3

        """;

    [Theory]
    [InlineData("configurations: [{c: 1e8, m_over_na: 7.5, n_over_na: 2}]", "configurations[0].m_over_na", "no whole number of layers")]
    [InlineData("configurations: [{c: 1e8, m_over_na: 5, n_over_na: 2}]", "configurations[0].m_over_na", "above 6")]
    [InlineData("configurations: [{c: 1e8, layers: 4, n_over_na: 2, d: [100]}]", "configurations[0].d", "outside the feasible interval")]
    [InlineData("configurations: [{c: 1e8, layers: 4, n_over_na: 2, d: [-3]}]", "configurations[0].d[0]", "> 0")]
    [InlineData("configurations: [{c: 1e8, layers: 4, n_over_na: 4.5}]", "configurations[0].n_over_na", "outside (1, 4.5)")]
    [InlineData("configurations: [{c: 1e8, layers: 4, n_over_na: .nan}]", "configurations[0].n_over_na", "finite")]
    [InlineData("configurations: [{c: 1e8, layers: 4}]", "configurations[0].n_over_na", "is missing")]
    [InlineData("configurations: [{c: 1e8, layers: 4, n_over_na: 2, dd: 3}]", "configurations[0].dd", "did you mean 'd'")]
    [InlineData("configurations: [{c: 1e8, layers: 40, n_over_na: 2}]", "configurations[0].layers", "nothing but attention")]
    [InlineData("configurations: [{c: 1e8, layers: 4, n_over_na: 2}, {c: 1e8, layers: 4, n_over_na: 2}]", "configurations[1]", "same configuration as configurations[0]")]
    [InlineData("budgets: [1e8]\nconfigurations: [{c: 2e8, layers: 4, n_over_na: 2}]", "configurations[0].c", "not one of the design's budgets")]
    [InlineData("budgets: [1e8]\ndepths: [4, 5]\nexpansions: [2, 5]", "expansions", "N/N_a must lie in (1, 4.5)")]
    [InlineData("budgets: [1e8]\ndepths: [4]\nexpansions: [2]\nsweep_width: 2", "sweep_width", "did you mean 'sweep_widths'")]
    [InlineData("budgets: [1e8, -1]\ndepths: [4]\nexpansions: [2]", "budgets[1]", "> 0")]
    public void InfeasibleOrMalformed_IsOneMessageNamingTheFileAndField(string body, string field, string says)
    {
        var error = Assert.Throws<InvalidInputException>(() => LadderDesignFile.Plan(Header + body, Source));
        Assert.Equal(Source, error.Source);
        Assert.Equal(field, error.Field);
        Assert.Contains(says, error.Message);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void TwoWidthsOnOneDenseLayerCount_AreRefusedWithTheWidthsThatRealiseTheTriad()
    {
        var error = Assert.Throws<InvalidInputException>(() => LadderDesignFile.Plan(Header + "configurations: [{c: 1e8, layers: 4, n_over_na: 2, d: [11, 11.2]}]", Source));
        Assert.Equal("configurations[0].d", error.Field);
        Assert.Contains("both round to L_d", error.Message);
        Assert.Contains("(L_d = 0)", error.Message);
    }

    [Fact]
    public void MissingFile_NamesIt()
    {
        var error = Assert.Throws<InvalidInputException>(() => LadderDesignFile.Load("/nonexistent/design.yaml"));
        Assert.Equal("/nonexistent/design.yaml", error.Source);
    }
}
