using MoeLab.Engine.Offloading;
using MoeLab.Engine.Weights;
using MoeLab.Offload.Caching;
using MoeLab.Offload.Traces;
using Xunit.Abstractions;

namespace MoeLab.Engine.Tests.Offloading;

/// <summary>
/// The runtime's budget is only honest if expert reads bypass the page cache: after a replay from a cold file,
/// none of the routed experts' bytes may be cached by the kernel (the dense tensors are read buffered once, so
/// only expert ranges are checked).
/// </summary>
public sealed class DirectReadPageCacheTests(ShrunkMixtralFixture model, ITestOutputHelper output) : IClassFixture<ShrunkMixtralFixture>
{
    [Theory]
    [InlineData("none")]
    [InlineData("oracle")]
    public void ColdFile_Replay_LeavesNoRoutedExpertInThePageCache(string prefetch)
    {
        if (PageCacheTests.CannotDrop(model.Root, output)) return;
        const int tokens = 24;
        using var runtime = OffloadRuntime.Open(model.Directory);
        var trace = BuiltInTraces.Load("mixtral-8x7b-humaneval");
        foreach (var file in runtime.Weights.Files) PageCache.DropFile(file);
        var cold = runtime.Weights.Files.Sum(PageCache.ResidentBytes);

        // Replay builds the decoder, which reads every dense tensor (buffered) from the cold file, then streams experts.
        var run = runtime.Replay(trace, tokens, new ReplayOptions(CachePolicySpec.Parse("lru"), CacheCapacity.InExperts(2), prefetch));
        Assert.Equal("O_DIRECT", run.IoMode);
        Assert.True(run.Measured.BytesRead > 0);

        var routed = new HashSet<(int Layer, int Expert)>();
        for (var t = 0; t < tokens; t++)
            for (var l = 0; l < trace.Shape.Layers; l++)
                foreach (var e in trace.Experts(t, l)) routed.Add((runtime.Layout.MoeLayers[l], e));
        // Expert ranges are not page-aligned in the file: the first and last page of a layer's experts are shared with
        // the router and norm tensors around them, which are read buffered. Only pages holding expert bytes alone count.
        long page = Environment.SystemPageSize, expertBytes = 0, resident = 0;
        foreach (var (layer, expert) in routed)
            foreach (var range in runtime.Layout.Location(layer, expert).Reads)
            {
                var start = (range.Offset + page - 1) / page * page;
                var end = range.End / page * page;
                expertBytes += end - start;
                resident += PageCache.ResidentBytes(range.File, start, end - start);
            }
        var after = runtime.Weights.Files.Sum(PageCache.ResidentBytes);
        output.WriteLine($"{routed.Count} routed experts ({expertBytes} B) read {run.Measured.BytesRead} B; file resident {cold} → {after} B; routed expert ranges resident {resident} B");
        Assert.Equal(0, resident);
    }
}
