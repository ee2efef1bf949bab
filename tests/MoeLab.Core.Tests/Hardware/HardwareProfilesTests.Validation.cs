using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Hardware;

public partial class HardwareProfilesTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(double.PositiveInfinity)]
    public void Validate_BadBusBandwidth_NamesFieldAndSource(double bad)
    {
        var profile = HardwareProfiles.Get("t4") with { BusBandwidthBytesPerSecond = bad };
        var e = Assert.Throws<InvalidInputException>(() => profile.Validate("box.yaml"));
        Assert.Equal("bus_bandwidth_bytes_per_second", e.Field);
        Assert.Equal("box.yaml", e.Source);
    }

    [Fact]
    public void Validate_ZeroLatency_IsAllowed()
    {
        var ideal = HardwareProfiles.Get("t4") with { BusLatencySeconds = 0, LinkLatencySeconds = 0 };
        Assert.Same(ideal, ideal.Validate());
    }

    [Fact]
    public void Validate_EmptyName_Fails()
    {
        var e = Assert.Throws<InvalidInputException>(() => (HardwareProfiles.Get("t4") with { Name = " " }).Validate());
        Assert.Equal("name", e.Field);
    }
}
