namespace MoeLab.Sectional.Tests;

public class OverheadModelTests
{
    [Theory]
    [InlineData(1L)]
    [InlineData(4L)]
    [InlineData(32L)]
    public void Physical_TotalWork_CountsMessagesLaunchesAndLinkBytes(long e)
    {
        var spec = HandCount.Spec(2048, 1024, "n/E", 0, 4, mixing: true);
        var hw = HandCount.Machine();
        var overhead = OverheadModel.Physical(spec, hw, Costing.TotalWork).Seconds(spec).Evaluate(e);
        double messages = 2.0 * e * (e - 1);                // dispatch and combine all-to-all among E devices
        double launches = 3.0 * e + (5 + 1 + 1);            // (m + 1) per section; pre-expert, mixing, repeat
        double np = 1024.0 / e;
        double bytes = 2 * np * 2048 * 2 * (e - 1) / e;      // out and back, the home slice stays
        double expected = messages * hw.LinkLatencySeconds + launches * hw.KernelLaunchLatencySeconds + bytes / hw.LinkBandwidthBytesPerSecond;
        Assert.Equal(expected, overhead, 15);
    }

    [Theory]
    [InlineData(1L)]
    [InlineData(8L)]
    public void Physical_CriticalPath_CountsMessagesAtTheSharedDevice(long e)
    {
        var spec = HandCount.Spec(2048, 1024, "n", 0, 4, kind: SectionExpertKind.TransformerBlock);
        var hw = HandCount.Machine();
        var overhead = OverheadModel.Physical(spec, hw, Costing.CriticalPath).Seconds(spec).Evaluate(e);
        double messages = 2.0 * (e - 1);
        double launches = (3 + 5) + 5;                     // one section's kernels (concurrent) + pre-expert
        double bytes = 2 * 1024.0 * 2048 * 2 * (e - 1) / e;
        double expected = messages * hw.LinkLatencySeconds + launches * hw.KernelLaunchLatencySeconds + bytes / hw.LinkBandwidthBytesPerSecond;
        Assert.Equal(expected, overhead, 15);
    }

    [Fact]
    public void UserSet_IsThePapersQuadraticAndNothingElse()
    {
        var spec = HandCount.Spec(2048, 1024, "n", 0, 4);
        var overhead = OverheadModel.UserSet(2e-6, 3e-5, 1e-4).Seconds(spec);
        Assert.Equal(PaperSectionalModel.QuadraticOverhead(2e-6, 3e-5, 1e-4, 7), overhead.Evaluate(7), 15);
        Assert.Equal(2, overhead.MaxPower);
        Assert.Equal(0, overhead.MinPower);
    }
}
