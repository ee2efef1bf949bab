using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Hardware;

public partial class HardwareProfilesTests
{
    public static TheoryData<string> BuiltInNames() =>
        ["h100-pcie-gen5", "h100-sxm", "gh200", "rtx4090-pcie4", "a5000", "t4", "apple-m", "nvme-ssd-to-ram"];

    [Theory]
    [MemberData(nameof(BuiltInNames))]
    public void Get_EveryRequiredProfile_ExistsAndValidates(string name)
    {
        var profile = HardwareProfiles.Get(name);
        Assert.Equal(name, profile.Name);
        Assert.Same(profile, profile.Validate());
    }

    [Fact]
    public void All_Names_AreUniqueIgnoringCase()
    {
        var names = HardwareProfiles.All.Select(p => p.Name.ToLowerInvariant()).ToList();
        Assert.Equal(names.Count, names.Distinct().Count());
    }

    [Fact]
    public void Get_DifferentCaseAndSpaces_FindsProfile() =>
        Assert.Equal("gh200", HardwareProfiles.Get("  GH200 ").Name);

    [Theory]
    [InlineData("h100-pcie", "h100-pcie-gen5")]
    [InlineData("rtx4090", "rtx4090-pcie4")]
    [InlineData("a500", "a5000")]
    [InlineData("h100-sxn", "h100-sxm")]
    public void Get_UnknownName_SuggestsNearestAndListsAll(string typed, string expected)
    {
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfiles.Get(typed));
        Assert.Contains($"did you mean '{expected}'", e.Message);
        Assert.Contains("nvme-ssd-to-ram", e.Message);
        Assert.Equal("hardware", e.Field);
    }

    [Fact]
    public void Get_NameFarFromAll_GivesNoSuggestion()
    {
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfiles.Get("quantum-abacus-9000"));
        Assert.DoesNotContain("did you mean", e.Message);
    }

    [Fact]
    public void PcieBusRates_AreLaneRateTimesEncodingEfficiency()
    {
        // 16 lanes × GT/s per lane × 128/130 line code ÷ 8 bits, per direction.
        Assert.Equal(16 * 8.0 * 128 / 130 / 8 * 1e9, HardwareProfiles.Get("t4").BusBandwidthBytesPerSecond, 1e-3);
        Assert.Equal(31.5077e9, HardwareProfiles.Get("rtx4090-pcie4").BusBandwidthBytesPerSecond, 1e5);
        Assert.Equal(63.0154e9, HardwareProfiles.Get("h100-pcie-gen5").BusBandwidthBytesPerSecond, 1e5);
    }

    [Fact]
    public void DatasheetFigures_AreDenseRatesAndPerDirectionLinks()
    {
        // Datasheet tensor rates are quoted with 2:4 sparsity; the profile keeps half.
        Assert.Equal(1979e12 / 2, HardwareProfiles.Get("h100-sxm").AcceleratorFlopsPerSecond, 1e9);
        Assert.Equal(1513e12 / 2, HardwareProfiles.Get("h100-pcie-gen5").AcceleratorFlopsPerSecond, 1e9);
        // NVLink-C2C is 900 GB/s counting both directions.
        Assert.Equal(900e9 / 2, HardwareProfiles.Get("gh200").BusBandwidthBytesPerSecond);
        Assert.Equal(3.35e12, HardwareProfiles.Get("h100-sxm").FastTierBandwidthBytesPerSecond);
        Assert.Equal(80L * 1024 * 1024 * 1024, HardwareProfiles.Get("h100-sxm").FastTierCapacityBytes);
    }

    [Fact]
    public void BusOrdering_MatchesTheInterconnectGenerations()
    {
        double Bus(string n) => HardwareProfiles.Get(n).BusBandwidthBytesPerSecond;
        Assert.True(Bus("gh200") > Bus("h100-sxm"));
        Assert.True(Bus("h100-sxm") > Bus("rtx4090-pcie4"));
        Assert.True(Bus("rtx4090-pcie4") > Bus("t4"));
        Assert.True(Bus("t4") > Bus("nvme-ssd-to-ram"));
        // The bus is always the narrow pipe: a profile whose bus beat its fast tier would be mislabelled.
        Assert.All(HardwareProfiles.All, p => Assert.True(p.BusBandwidthBytesPerSecond < p.FastTierBandwidthBytesPerSecond, p.Name));
    }

    [Fact]
    public void BusTransferTimeSeconds_IsLatencyPlusBytesOverBandwidth()
    {
        var t4 = HardwareProfiles.Get("t4");
        // A Mixtral-8x7B expert in bf16: 3 matrices × 4096 × 14336 × 2 bytes.
        const double expertBytes = 3.0 * 4096 * 14336 * 2;
        Assert.Equal(10e-6 + expertBytes / 15.75384615e9, t4.BusTransferTimeSeconds(expertBytes), 1e-9);
        Assert.Equal(t4.BusLatencySeconds, t4.BusTransferTimeSeconds(0));
    }
}
