using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;

namespace MoeLab.Core.Tests.Hardware;

public sealed class HardwareProfileFileTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-hw-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string FullYaml = """
        name: rtx3090-pcie3
        description: RTX 3090 on a PCIe 3 board
        fast_tier_capacity_bytes: 25769803776
        fast_tier_bandwidth_bytes_per_second: 936e9
        bus_bandwidth_bytes_per_second: 12_000_000_000
        bus_latency_seconds: 1.2e-5
        accelerator_flops_per_second: 71e12
        accelerator_dtype: bf16
        cpu_flops_per_second: 1e12
        cpu_memory_bandwidth_bytes_per_second: 50e9
        link_bandwidth_bytes_per_second: 56.25e9
        link_latency_seconds: 1e-5
        kernel_launch_latency_seconds: 5e-6
        """;

    private string Write(string name, string text)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void Load_FullYaml_ReadsEveryField()
    {
        var p = HardwareProfileFile.Load(Write("box.yaml", FullYaml));
        Assert.Equal("rtx3090-pcie3", p.Name);
        Assert.Equal(24L << 30, p.FastTierCapacityBytes);
        Assert.Equal(936e9, p.FastTierBandwidthBytesPerSecond);
        Assert.Equal(12e9, p.BusBandwidthBytesPerSecond);
        Assert.Equal(1.2e-5, p.BusLatencySeconds);
        Assert.Equal(71e12, p.AcceleratorFlopsPerSecond);
        Assert.Equal("bf16", p.AcceleratorDtype);
        Assert.Equal(1e12, p.CpuFlopsPerSecond);
        Assert.Equal(50e9, p.CpuMemoryBandwidthBytesPerSecond);
        Assert.Equal(56.25e9, p.LinkBandwidthBytesPerSecond);
        Assert.Equal(1e-5, p.LinkLatencySeconds);
        Assert.Equal(5e-6, p.KernelLaunchLatencySeconds);
    }

    [Fact]
    public void Load_BuiltInWrittenAsJson_RoundTripsToEqualProfile()
    {
        var h = HardwareProfiles.Get("gh200");
        var json = System.Text.Json.JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["name"] = h.Name, ["description"] = h.Description,
            ["fast_tier_capacity_bytes"] = h.FastTierCapacityBytes,
            ["fast_tier_bandwidth_bytes_per_second"] = h.FastTierBandwidthBytesPerSecond,
            ["bus_bandwidth_bytes_per_second"] = h.BusBandwidthBytesPerSecond,
            ["bus_latency_seconds"] = h.BusLatencySeconds,
            ["accelerator_flops_per_second"] = h.AcceleratorFlopsPerSecond,
            ["accelerator_dtype"] = h.AcceleratorDtype,
            ["cpu_flops_per_second"] = h.CpuFlopsPerSecond,
            ["cpu_memory_bandwidth_bytes_per_second"] = h.CpuMemoryBandwidthBytesPerSecond,
            ["link_bandwidth_bytes_per_second"] = h.LinkBandwidthBytesPerSecond,
            ["link_latency_seconds"] = h.LinkLatencySeconds,
            ["kernel_launch_latency_seconds"] = h.KernelLaunchLatencySeconds,
        });
        Assert.Equal(h, HardwareProfileFile.Load(Write("gh.json", json)));
    }

    [Fact]
    public void Load_WithBase_OverridesOnlyGivenFields()
    {
        var p = HardwareProfileFile.Load(Write("slow.yaml", "base: rtx4090-pcie4\nbus_bandwidth_bytes_per_second: 15.75e9\n"));
        var b = HardwareProfiles.Get("rtx4090-pcie4");
        Assert.Equal(b with { Name = p.Name, Description = p.Description, BusBandwidthBytesPerSecond = 15.75e9 }, p);
        Assert.Equal("rtx4090-pcie4-custom", p.Name);
    }

    [Fact]
    public void Load_MissingField_NamesFileAndField()
    {
        var path = Write("short.yaml", FullYaml.Replace("bus_latency_seconds: 1.2e-5\n", ""));
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(path));
        Assert.Equal(path, e.Source);
        Assert.Equal("bus_latency_seconds", e.Field);
        Assert.Contains("missing", e.Message);
    }

    [Theory]
    [InlineData("bus_latency_seconds: 1.2e-5", "bus_latency_seconds: -1", "bus_latency_seconds")]
    [InlineData("bus_latency_seconds: 1.2e-5", "bus_latency_seconds: .nan", "bus_latency_seconds")]
    [InlineData("cpu_flops_per_second: 1e12", "cpu_flops_per_second: NaN", "cpu_flops_per_second")]
    [InlineData("cpu_flops_per_second: 1e12", "cpu_flops_per_second: fast", "cpu_flops_per_second")]
    [InlineData("link_bandwidth_bytes_per_second: 56.25e9", "link_bandwidth_bytes_per_second: 0", "link_bandwidth_bytes_per_second")]
    [InlineData("fast_tier_capacity_bytes: 25769803776", "fast_tier_capacity_bytes: 1.5", "fast_tier_capacity_bytes")]
    [InlineData("accelerator_dtype: bf16", "accelerator_dtype: ''", "accelerator_dtype")]
    public void Load_BadValue_NamesFileFieldAndLine(string good, string bad, string field)
    {
        var path = Write("bad.yaml", FullYaml.Replace(good, bad));
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(path));
        Assert.Equal(path, e.Source);
        Assert.Equal(field, e.Field);
        Assert.Contains(path, e.Message);
    }

    [Fact]
    public void Load_NegativeValue_ReportsItsLine()
    {
        var path = Write("neg.yaml", FullYaml.Replace("bus_latency_seconds: 1.2e-5", "bus_latency_seconds: -1"));
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(path));
        Assert.Equal(6, e.Row);
    }

    [Fact]
    public void Load_UnknownKey_SuggestsTheRealOne()
    {
        var path = Write("typo.yaml", FullYaml.Replace("bus_latency_seconds", "bus_latncy_seconds"));
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(path));
        Assert.Equal("bus_latncy_seconds", e.Field);
        Assert.Contains("did you mean 'bus_latency_seconds'", e.Message);
    }

    [Fact]
    public void Load_UnknownBase_SuggestsBuiltIn()
    {
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(Write("b.yaml", "base: h100\n")));
        Assert.Equal("base", e.Field);
        Assert.Contains("did you mean 'h100", e.Message);
    }

    [Theory]
    [InlineData("name: [unclosed")]
    [InlineData("- a\n- b\n")]
    [InlineData("")]
    public void Load_NotAMapping_IsInvalidInput(string text)
    {
        var path = Write("junk.yaml", text);
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(path));
        Assert.Equal(path, e.Source);
    }

    [Fact]
    public void Load_MissingFile_IsInvalidInput() =>
        Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Load(Path.Combine(_dir, "nope.yaml")));

    [Fact]
    public void Resolve_NameOrPath_PicksTheRightSource()
    {
        Assert.Equal("t4", HardwareProfileFile.Resolve("t4").Name);
        Assert.Equal("rtx3090-pcie3", HardwareProfileFile.Resolve(Write("x.yml", FullYaml)).Name);
        var e = Assert.Throws<InvalidInputException>(() => HardwareProfileFile.Resolve("t5"));
        Assert.Contains("did you mean 't4'", e.Message);
    }
}
