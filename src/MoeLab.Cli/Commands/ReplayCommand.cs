using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Engine.Offloading;
using MoeLab.Offload.Caching;
using MoeLab.Reports.Offload;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab replay`: decode a routing trace through real weights with experts streamed from disk, beside the simulator's prediction.</summary>
public static class ReplayCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Weights: a directory of safetensors shards (with config.json), one .safetensors file, or an engine checkpoint. Make one with `moelab weights synth`.", Required = true };
        var trace = new Option<string>("--trace") { Description = "Comma list of routing traces (files or built-in names) that force the routing.", DefaultValueFactory = _ => "mixtral-8x7b-humaneval" };
        var policy = new Option<string>("--policy") { Description = "Comma list of eviction policies, as for simulate: lru, lfu, lfu-perfect, fifo, arc, pin, opt, opt-bypass.", DefaultValueFactory = _ => "lru" };
        var cacheExperts = new Option<string>("--cache-experts") { Description = "Cached experts per layer; a comma list or range (2-7) runs each.", DefaultValueFactory = _ => "4" };
        var global = new Option<bool>("--global-cache") { Description = "One pool of (cache-experts × layers) experts shared by all layers." };
        var prefetch = new Option<string>("--prefetch") { Description = "Comma list of prefetchers: none, oracle, stride, speculative(accuracy=0.8) (read the trace, as in simulate), router (the next layer's router on the current hidden state).", DefaultValueFactory = _ => "none" };
        var tokens = new Option<int?>("--tokens") { Description = "Replay only the first N tokens of each trace." };
        var ioThreads = new Option<int>("--io-threads") { Description = "Background reader threads (1 matches the simulator's single bus).", DefaultValueFactory = _ => 1 };
        var hardware = new Option<string?>("--hardware") { Description = "Hardware profile (from `moelab hardware probe`) to predict every run with the simulator and the analytic models; 'probe' measures the weights' device and this CPU first." };
        var mmap = new Option<bool>("--compare-mmap") { Description = "Also decode each trace with experts memory-mapped from a cold page cache (llama.cpp's approach)." };
        var repeat = new Option<int>("--repeat") { Description = "Runs of each cell; the median is reported with the spread.", DefaultValueFactory = _ => 1 };
        var seed = new Option<int>("--seed") { Description = "Seed for speculative prefetching.", DefaultValueFactory = _ => 0 };

        var command = new Command("replay", "Decode a routing trace through real weights with experts streamed from disk (O_DIRECT) into a fixed cache: measured tokens/s, hit rate, stalls — beside the simulator's prediction.");
        foreach (var o in new Option[] { model, trace, policy, cacheExperts, global, prefetch, tokens, ioThreads, hardware, mmap, seed, repeat })
            command.Options.Add(o);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var request = new OffloadComparisonRequest(
                parse.GetValue(model)!, CachePolicySpec.SplitList(parse.GetValue(trace)!), CachePolicySpec.ParseList(parse.GetValue(policy)!),
                SimulateCommand.ParseSizes(parse.GetValue(cacheExperts)!), parse.GetValue(global), CachePolicySpec.SplitList(parse.GetValue(prefetch)!),
                parse.GetValue(tokens), parse.GetValue(ioThreads), parse.GetValue(hardware), parse.GetValue(mmap), parse.GetValue(seed), parse.GetValue(repeat));
            var result = ProgressDisplay.For(parse).Run("replaying", progress => OffloadComparison.Run(request, progress));
            return ReplayReportBuilder.Build(result, "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value)));
        }));
        return command;
    }
}
