using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Seed001;
using MoeLab.Core.Validation;
using MoeLab.Reports.Plan;
using MoeLab.Scaling.Fitting;
using MoeLab.Scaling.Planning;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab plan --compute C`: seed 001's holistic planner, from a budget to a buildable MoE and its near-optimal band.</summary>
public static class PlanCommand
{
    public static Command Create()
    {
        var compute = new Option<string>("--compute") { Description = "Training compute in FLOPs, e.g. 1e21, or a range 1e18..1e24 for a sweep.", Required = true };
        var steps = new Option<int>("--steps") { Description = "Budgets in a --compute range (log-spaced).", DefaultValueFactory = _ => 13 };
        var law = new Option<string?>("--law") { Description = "Phase 0 from a law file written by `moelab fit` (default: seed 001's D_opt = 22.8929·C^0.4563)." };
        var tokens = new Option<double?>("--tokens") { Description = "Fixed training-token budget D (data-limited): M = C / D." };
        var runs = new Option<string?>("--runs") { Description = "CSV of runs (columns m_over_na, n_over_na, d, loss): at one scale, seed 001's curve forms fitted as the loss oracle; with a c column (training FLOPs of each run's scale, optional phase 1|2), seed 001's pipeline: per-scale fits, power laws of the optima in C with bootstrap intervals, the plan at --compute." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Bootstrap resamples for the intervals of a multi-scale --runs table.", DefaultValueFactory = _ => 1000 };
        var seed = new Option<long>("--seed") { Description = "Seed for the bootstrap resampling of a multi-scale --runs table.", DefaultValueFactory = _ => 1 };
        var oracle = new Option<string>("--oracle") { Description = "Loss law used as the oracle when no --runs are given: a preset (krajewski2024, ludziejewski2025, hoffmann2022, hoffmann2022-unrounded, besiroglu2024) or a law file.", DefaultValueFactory = _ => PlanRequest.DefaultOraclePreset };
        var mOverNa = new Option<double?>("--m-over-na") { Description = "Hold M/N_a (FLOPs per token per active parameter, > 6) at this value." };
        var nOverNa = new Option<double?>("--n-over-na") { Description = "Hold N/N_a (total over active parameters) at this value, e.g. 22 as seed 001 chose at 3e20." };
        var experts = new Option<int>("--experts") { Description = "Routed experts N_e (set equal to --top-k for the dense limit).", DefaultValueFactory = _ => Seed001Backbone.Paper.RoutedExperts };
        var topK = new Option<int>("--top-k") { Description = "Routed experts per token K.", DefaultValueFactory = _ => Seed001Backbone.Paper.TopK };
        var shared = new Option<int>("--shared") { Description = "Shared experts (0 for none).", DefaultValueFactory = _ => Seed001Backbone.Paper.SharedExperts };
        var context = new Option<int>("--context") { Description = "Training context S in tokens.", DefaultValueFactory = _ => Seed001Backbone.Paper.ContextLength };
        var queryHeads = new Option<int?>("--query-heads") { Description = "Query heads N_q (default: seed 001 Table 4 per scale, grown beyond 3e20)." };
        var kvHeads = new Option<int?>("--kv-heads") { Description = "Key/value heads N_kv (default: per scale, N_q/2)." };
        var headDim = new Option<int?>("--head-dim") { Description = "Head dimension d_qkv (default: per scale)." };
        var vocab = new Option<int>("--vocab") { Description = "Vocabulary size.", DefaultValueFactory = _ => Seed001Backbone.Paper.VocabSize };
        var align = new Option<int>("--align") { Description = "d and d_m are multiples of this.", DefaultValueFactory = _ => 8 };
        var epsilon = new Option<double>("--epsilon") { Description = "Near-optimal band: loss ≤ (1 + ε)·min.", DefaultValueFactory = _ => 0.001 };
        var maxTotal = new Option<double?>("--max-total-params") { Description = "Most total parameters allowed (embeddings and LM head included)." };
        var maxActive = new Option<double?>("--max-active-params") { Description = "Most active parameters per token allowed (embeddings and LM head included)." };
        var maxInference = new Option<double?>("--max-inference-flops") { Description = "Most forward FLOPs per token at the full context (M/3)." };
        var memoryGb = new Option<double?>("--memory-gb") { Description = "Weights + KV cache must fit in this many GB (10^9 bytes)." };
        var memoryBytes = new Option<double>("--memory-bytes-per-param") { Description = "Bytes per weight for --memory-gb (2 = bf16).", DefaultValueFactory = _ => 2 };
        var memoryContext = new Option<int>("--memory-context") { Description = "KV-cache context in tokens for --memory-gb.", DefaultValueFactory = _ => 32_768 };
        var memoryBatch = new Option<int>("--memory-batch") { Description = "Sequences in the KV cache for --memory-gb.", DefaultValueFactory = _ => 8 };
        var widthRatio = new Option<string>("--width-ratio") { Description = "Admitted (K+1)·d_m/d band, seed 001 App. E ('off' to drop).", DefaultValueFactory = _ => "2.95..3.5" };
        var aspect = new Option<string>("--aspect") { Description = "Admitted d/L range, from published MoE configs ('off' to drop).", DefaultValueFactory = _ => "42.7..153.6" };
        var output = new OutputFileOption("--out") { Description = "Write the chosen architecture as a MoeSpec JSON file (read it with `moelab inspect FILE`)." };

        var command = new Command("plan", "Seed 001's holistic planner: compute budget → a buildable MoE architecture, its triad, predicted loss and near-optimal band.");
        foreach (var option in new Option[] { compute, steps, law, tokens, runs, bootstrap, seed, oracle, mOverNa, nOverNa, experts, topK, shared, context, queryHeads, kvHeads, headDim, vocab,
                     align, epsilon, widthRatio, aspect, OutputOptionSet.Verbose, maxTotal, maxActive, maxInference, memoryGb, memoryBytes, memoryContext, memoryBatch, output })
            command.Options.Add(option);
        OutputOptionSet.AddTo(command);
        command.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var backbone = new Seed001Backbone
            {
                RoutedExperts = parse.GetValue(experts), TopK = parse.GetValue(topK), SharedExperts = parse.GetValue(shared),
                ContextLength = parse.GetValue(context), VocabSize = parse.GetValue(vocab),
            };
            BackboneChecks.Validate(backbone);
            // Checked even where unused (one budget; no --runs), so a mistyped value is never silently ignored.
            Preconditions.InRange(parse.GetValue(steps), 2, 100, "--steps");
            Preconditions.NonNegative(parse.GetValue(bootstrap), "--bootstrap");
            var (q, kv, hd) = (parse.GetValue(queryHeads), parse.GetValue(kvHeads), parse.GetValue(headDim));
            (int, int, int)? attention = q is null && kv is null && hd is null ? null
                : (q ?? Seed001Backbone.Paper.QueryHeads, kv ?? (q is { } qh ? Math.Max(1, qh / 2) : Seed001Backbone.Paper.KvHeads), hd ?? Seed001Backbone.Paper.HeadDim);
            var memory = parse.GetValue(memoryGb) is { } gb
                ? new MemoryBudget(gb * 1e9, parse.GetValue(memoryBytes), parse.GetValue(memoryContext), parse.GetValue(memoryBatch))
                : null;
            var constraints = new PlanConstraints(parse.GetValue(maxTotal), parse.GetValue(maxActive), parse.GetValue(maxInference), memory);
            var options = new PlanOptions(parse.GetValue(align), parse.GetValue(epsilon), Constraints: constraints);
            var request = new PlanRequest(
                PlanRequest.ParseBudgets(parse.GetValue(compute)!, parse.GetValue(steps)),
                backbone, options, "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
                parse.GetValue(law), parse.GetValue(tokens), parse.GetValue(runs), parse.GetValue(oracle)!,
                parse.GetValue(mOverNa), parse.GetValue(nOverNa), parse.GetValue(output), attention,
                PlanRequest.ParseShapeLimits(parse.GetValue(widthRatio)!, parse.GetValue(aspect)!),
                new BootstrapOptions { Resamples = parse.GetValue(bootstrap), Seed = parse.GetValue(seed) });
            return request.Run();
        }, PlanReportBuilder.Compact));
        return command;
    }
}
