using System.CommandLine;
using MoeLab.Cli.Infrastructure;

namespace MoeLab.Cli.Tests;

public partial class InfrastructureTests
{
    public enum DemoPolicy
    {
        LeastRecentlyUsed,
        LeastFrequentlyUsed,
        Fifo,
    }

    private static (RootCommand Root, Func<string?> Seen) ChoiceRoot()
    {
        var policy = new Option<string>("--policy") { Description = "Cache policy.", DefaultValueFactory = _ => "lru" }.OneOf("lru", "lfu", "fifo");
        var kind = ChoiceParser.EnumOption("--kind", "Policy as an enum.", DemoPolicy.Fifo);
        string? seen = null;
        var command = new Command("sim");
        command.Options.Add(policy);
        command.Options.Add(kind);
        command.SetAction(parse => { seen = $"{parse.GetValue(policy)}/{parse.GetValue(kind)}"; return 0; });
        var root = new RootCommand("r");
        root.Subcommands.Add(command);
        return (root, () => seen);
    }

    [Fact]
    public void OneOf_ValidValue_IsAccepted()
    {
        var (root, seen) = ChoiceRoot();
        Assert.Equal(0, Invoke(root, "sim", "--policy", "lfu").Exit);
        Assert.Equal("lfu/Fifo", seen());
    }

    [Fact]
    public void OneOf_Typo_Exits2ListingChoicesAndTheNearest()
    {
        var (root, seen) = ChoiceRoot();

        var (exit, _, stderr) = Invoke(root, "sim", "--policy", "lur");

        Assert.Equal(2, exit);
        Assert.Contains("unknown value 'lur' for --policy; did you mean 'lru'? Valid values: lru, lfu, fifo", stderr);
        Assert.Null(seen());
    }

    [Fact]
    public void EnumOption_KebabCaseName_ParsesAndDefaultApplies()
    {
        var (root, seen) = ChoiceRoot();
        Assert.Equal(0, Invoke(root, "sim", "--kind", "least-frequently-used").Exit);
        Assert.Equal("lru/LeastFrequentlyUsed", seen());
        Assert.Equal(0, Invoke(root, "sim").Exit);
        Assert.Equal("lru/Fifo", seen());
    }

    [Fact]
    public void EnumOption_Typo_SuggestsTheNearestKebabName()
    {
        var (root, _) = ChoiceRoot();

        var (exit, _, stderr) = Invoke(root, "sim", "--kind", "least-recent-used");

        Assert.Equal(2, exit);
        Assert.Contains("did you mean 'least-recently-used'?", stderr);
        Assert.Contains("least-frequently-used", stderr);
    }

    [Theory]
    [InlineData(DemoPolicy.LeastRecentlyUsed, "least-recently-used")]
    [InlineData(DemoPolicy.Fifo, "fifo")]
    public void NameOf_PascalCase_BecomesKebabCase(DemoPolicy value, string expected) =>
        Assert.Equal(expected, ChoiceParser.NameOf(value));

    [Fact]
    public void Unknown_ForARunTimeName_IsBadInputWithSuggestion()
    {
        var e = ChoiceParser.Unknown("model preset", "mixtral-8x7", ["mixtral-8x7b", "mixtral-8x22b", "olmoe-1b-7b"], field: "MODEL");

        Assert.Equal("MODEL", e.Field);
        Assert.Contains("did you mean 'mixtral-8x7b'?", e.Message);
    }
}
