using MoeLab.Core.Validation;
using MoeLab.Scaling.Data;

namespace MoeLab.Scaling.Tests;

public sealed class DataTests : TempDirectory
{
    [Fact]
    public void RunTableReader_ChinchillaMapping_DerivesTokensFromCompute()
    {
        var table = ChinchillaData.Raw;
        var first = table.Runs[0];
        Assert.Equal(6795600349.289497, first.ParamsN);
        Assert.Equal(9.993852799709755e+18 / (6 * 6795600349.289497), first.TokensD, 1e-3);
        Assert.Equal(2, first.Row); // its line: the header is line 1
    }

    [Theory]
    [InlineData("N,D,loss\n1e8,2e9,3.1\n2e8,NaN,3.0\n", 3, "D")]
    [InlineData("N,D,loss\n1e8,2e9,3.1\n2e8,4e9,3.0\n-5,4e9,3\n", 4, "N")]
    [InlineData("N,D,loss\n1e8,2e9,0\n", 2, "loss")]
    [InlineData("N,D,loss\n1e8,2e9,3.1\n2e8,,3.0\n", 3, "D")]
    [InlineData("N,D,loss\n1e8,abc,3.1\n", 2, "D")]
    public void RunTableReader_BadRow_ReportsRowAndField(string csv, long row, string field)
    {
        var path = Write("runs.csv", csv);
        var e = Assert.Throws<InvalidInputException>(() => RunTableReader.Read(path));
        Assert.Equal(row, e.Row);
        Assert.Equal(field, e.Field);
        Assert.Equal(path, e.Source);
    }

    [Fact]
    public void RunTableReader_MissingColumn_ListsColumnsPresent()
    {
        var path = Write("runs.csv", "params,tokens,loss\n1e8,2e9,3.1\n");
        var e = Assert.Throws<InvalidInputException>(() => RunTableReader.Read(path));
        Assert.Contains("'params'", e.Message);
        Assert.Contains("--n-column", e.Message);
        var ok = RunTableReader.Read(path, new ColumnMap { Params = "params", Tokens = "tokens" });
        Assert.Equal(6 * 1e8 * 2e9, ok.Runs[0].ComputeFlops);
    }

    [Fact]
    public void RunTableReader_Json_ReadsArrayOrRunsObjectWithExperts()
    {
        var path = Write("runs.json", """{"runs": [{"N": 1e8, "D": 2e9, "loss": 3.1, "E": 8}, {"N": "2e8", "D": 4e9, "loss": 3.0, "E": 8}]}""");
        var table = RunTableReader.Read(path);
        Assert.Equal(2, table.Runs.Count);
        Assert.Equal(8, table.Runs[1].Experts);
        Assert.Equal(2e8, table.Runs[1].ParamsN);
        var bad = Write("bad.json", """[{"N": 1e8, "D": 2e9, "loss": 3.1}, {"N": 1e8, "loss": 3.1}]""");
        var e = Assert.Throws<InvalidInputException>(() => RunTableReader.Read(bad));
        Assert.Equal("[1].D", e.Field); // a JSON run is located by its array index, not a line
        Assert.Null(e.Row);
    }

    [Fact]
    public void RunTable_DistinctBudgets_GroupsWithinOnePercent()
    {
        var runs = new[] { 1e18, 1.005e18, 2e18, 4e18 }.Select((c, i) => new RunPoint(1, 1, c, 1, i + 1)).ToList();
        Assert.Equal(3, new RunTable("t", runs).DistinctBudgets());
    }
}
