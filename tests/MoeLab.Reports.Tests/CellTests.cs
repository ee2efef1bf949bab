using MoeLab.Reports.Model;

namespace MoeLab.Reports.Tests;

public class CellTests
{
    [Theory]
    [InlineData(1.5, "G6", "1.5")]
    [InlineData(46702792704.0, "N0", "46,702,792,704")]
    [InlineData(0.000123456789, "G3", "0.000123")]
    [InlineData(double.NaN, "G6", "n/a")]
    [InlineData(double.PositiveInfinity, "G6", "∞")]
    [InlineData(double.NegativeInfinity, "G6", "-∞")]
    public void Number_FormatsInvariantlyAndKeepsTheRawValue(double value, string format, string expected)
    {
        var cell = Cell.Number(value, format);
        Assert.Equal(expected, cell.Text);
        Assert.Equal(value, cell.Value);
    }
}
