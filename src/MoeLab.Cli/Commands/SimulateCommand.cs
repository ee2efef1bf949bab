using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Offload.Analytic;
using MoeLab.Offload.Caching;
using MoeLab.Reports.Offload;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab simulate`: offloaded-expert decoding on a routing trace — tokens/s, hit rates, bytes moved, where time goes.</summary>
public static class SimulateCommand
{
    public static Command Create()
    {
        var model = new Option<string>("--model") { Description = "Model preset, config/spec JSON (e.g. mixtral-8x7b), weights (a directory or .safetensors), or a checkpoint from `moelab train --out`.", DefaultValueFactory = _ => "mixtral-8x7b" };
        var hardware = new Option<string>("--hardware") { Description = "Hardware profile name or YAML/JSON file (e.g. rtx4090-pcie4).", DefaultValueFactory = _ => "rtx4090-pcie4" };
        var trace = new Option<string?>("--trace") { Description = "Routing trace (.jsonl, .csv, .moetrace) or a built-in name (mixtral-8x7b-gsm8k, mixtral-8x7b-humaneval). Default: the built-in HumanEval trace." };
        var policy = new Option<string>("--policy") { Description = "Comma list of eviction policies with parameters: lru, fifo, lfu (in-cache), lfu(decay=0.9), lfu-perfect (whole history), arc, pin, opt (demand-paged Belady), opt-bypass (Belady with a staging buffer).", DefaultValueFactory = _ => "lru,lfu,fifo,opt" };
        var cacheExperts = new Option<string>("--cache-experts") { Description = "Cached experts per layer, at least top-k (a step's experts are loaded together); a comma list or range (2-7) runs each.", DefaultValueFactory = _ => "4" };
        var cacheBytes = new Option<long?>("--cache-bytes") { Description = "Global cache size in bytes (instead of --cache-experts)." };
        var global = new Option<bool>("--global-cache") { Description = "Share one pool of (cache-experts × layers) experts across layers instead of a slice per layer." };
        var prefetch = new Option<string>("--prefetch") { Description = "Prefetcher: none, oracle, speculative(accuracy=0.8), stride.", DefaultValueFactory = _ => "none" };
        var misses = ChoiceParser.EnumOption("--misses", "What a miss does: transfer the expert, execute-on-cpu, or cheaper (per miss).", MissHandling.Transfer);
        var preempt = new Option<bool>("--early-preemption") { Description = "A demand miss pre-empts in-flight prefetches on the bus." };
        var chunks = new Option<int>("--chunks") { Description = "Seed 000's chunked transfers: pieces per expert transfer (compute overlaps arrival).", DefaultValueFactory = _ => 1 };
        var batch = new Option<int>("--batch") { Description = "Tokens decoded together per step.", DefaultValueFactory = _ => 1 };
        var prompt = new Option<int>("--prompt") { Description = "Prefill the first P trace tokens as one prompt step (reports prefill time).", DefaultValueFactory = _ => 0 };
        var cacheAware = new Option<double?>("--cache-aware-margin") { Description = "Cache-aware routing: swap a non-first choice with gate probability ≤ margin for a cached expert." };
        var tokens = new Option<int?>("--tokens") { Description = "Simulate only the first N tokens of the trace." };
        var queue = ChoiceParser.EnumOption("--transfer-queue", "How waiting transfers are ordered: fifo (a copy engine) or demand-first (a runtime's priority queue: demand before queued prefetches, evicted prefetches withdrawn; what `moelab replay` does).", MoeLab.Offload.Simulation.TransferQueue.Fifo);
        var seed = new Option<int>("--seed") { Description = "Seed for speculative prefetching.", DefaultValueFactory = _ => 0 };

        var command = new Command("simulate", "Simulate offloaded-expert decoding on a routing trace: tokens/s, hit rate, bytes moved, where the time goes, beside the analytic models.");
        foreach (var o in new Option[] { model, hardware, trace, policy, cacheExperts, cacheBytes, global, prefetch, misses, preempt, chunks, batch, prompt, cacheAware, seed, tokens, queue })
            command.Options.Add(o);
        OutputOptionSet.AddTo(command);
        command.Options.Add(OutputOptionSet.Verbose);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var request = new SimulationRequest(
                parse.GetValue(model)!, parse.GetValue(hardware)!, parse.GetValue(trace),
                CachePolicySpec.ParseList(parse.GetValue(policy)!), ParseSizes(parse.GetValue(cacheExperts)!),
                parse.GetValue(cacheBytes), parse.GetValue(global), parse.GetValue(prefetch)!, parse.GetValue(misses),
                parse.GetValue(preempt), parse.GetValue(chunks), parse.GetValue(batch), parse.GetValue(prompt),
                parse.GetValue(cacheAware), parse.GetValue(seed), parse.GetValue(tokens), parse.GetValue(queue));
            var builder = new SimulationReportBuilder(request, "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value)));
            return ProgressDisplay.For(parse).Run("simulating", builder.Build);
        }, SimulationReportBuilder.Concise));
        return command;
    }

    /// <summary>"4", "2,4,6" or "2-7".</summary>
    internal static IReadOnlyList<int> ParseSizes(string text)
    {
        var sizes = new List<int>();
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var dash = part.IndexOf('-', 1);
            if (dash > 0 && int.TryParse(part[..dash], out var from) && int.TryParse(part[(dash + 1)..], out var to) && from <= to)
                for (var c = from; c <= to; c++) sizes.Add(c);
            else if (int.TryParse(part, out var c) && c >= 0) sizes.Add(c);
            else throw new Core.Validation.InvalidInputException($"'{part}' is not a cache size: use a number, a list (2,4) or a range (2-7)", field: "--cache-experts");
        }
        return sizes.Count > 0 ? sizes : throw new Core.Validation.InvalidInputException("no cache size given", field: "--cache-experts");
    }
}
