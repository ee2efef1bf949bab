using System.CommandLine;
using System.Globalization;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Hardware;
using MoeLab.Core.Validation;
using MoeLab.Reports.Model;
using MoeLab.Reports.Sectional;
using MoeLab.Sectional;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab sectional`: the sectional MoE cost model of seed 002 and its optimal expert count.</summary>
public static class SectionalCommand
{
    public static Command Create()
    {
        var d = new Option<long>("--d") { Description = "Model width d (the paper's d0).", Required = true };
        var seq = new Option<long>("--seq") { Description = "Sequence length n (the paper's L), tokens.", Required = true };
        var hardware = new Option<string>("--hardware") { Description = "Built-in hardware profile name or a YAML/JSON profile file.", DefaultValueFactory = _ => "h100-sxm" };
        var reduced = new Option<string>("--reduced-seq") { Description = "Sequence length after the pre-expert layer: n, n/E, or a token count.", DefaultValueFactory = _ => "n" };
        var ffnRatio = new Option<double>("--ffn-ratio") { Description = "FFN hidden width as a multiple of its input width (r).", DefaultValueFactory = _ => 4 };
        var ffnMatrices = new Option<int>("--ffn-matrices") { Description = "Matrices per FFN: 2 (plain) or 3 (gated, SwiGLU).", DefaultValueFactory = _ => 2 };
        var noPre = new Option<bool>("--no-pre-expert") { Description = "Leave out the pre-expert attention layer (then n' must be n)." };
        var kind = new Option<string>("--expert-kind") { Description = "Section experts: ffn, or block (own attention + FFN).", DefaultValueFactory = _ => "ffn" };
        var preHeads = new Option<int>("--pre-heads") { Description = "Heads of the pre-expert (and up-sampling) attention.", DefaultValueFactory = _ => 32 };
        var sectionHeads = new Option<int>("--section-heads") { Description = "Heads of each section's attention (block experts); must divide d/E.", DefaultValueFactory = _ => 1 };
        var mixing = new Option<bool>("--mixing") { Description = "Add a d×d mixing projection after the sections merge." };
        var upsampling = new Option<string>("--upsampling") { Description = "How n' tokens return to n: repeat or cross-attention.", DefaultValueFactory = _ => "repeat" };
        var bytes = new Option<int>("--bytes-per-element") { Description = "Bytes per weight and activation element.", DefaultValueFactory = _ => 2 };
        var gamma2 = new Option<double?>("--gamma2") { Description = "User overhead γ2, seconds (replaces the physical default; unset γ are 0)." };
        var gamma1 = new Option<double?>("--gamma1") { Description = "User overhead γ1, seconds." };
        var gamma0 = new Option<double?>("--gamma0") { Description = "User overhead γ0, seconds." };
        var maxExperts = new Option<long>("--max-experts") { Description = "Largest E searched.", DefaultValueFactory = _ => 256 };
        var memory = new Option<double?>("--memory-limit") { Description = "Memory limit in bytes (default: the profile's device memory)." };
        var diminishing = new Option<double>("--diminishing-percent") { Description = "Diminishing-returns threshold: the next E saves less than this % of the cost.", DefaultValueFactory = _ => 1 };
        var objective = new Option<string>("--objective") { Description = "Costing the comparisons use: total (total work) or critical-path (E devices).", DefaultValueFactory = _ => "total" };
        var topK = new Option<int>("--top-k") { Description = "k of the top-k MoE compared against.", DefaultValueFactory = _ => 2 };
        var experts = new Option<long?>("--experts") { Description = "Compare at this E instead of the optimum (must divide d)." };

        var command = new Command("sectional", "Sectional MoE (seed 002): cost per component, cost vs number of sections E, optimal E, comparison with dense and top-k MoE.");
        foreach (var o in new Option[] { d, seq, hardware, reduced, ffnRatio, ffnMatrices, noPre, kind, preHeads, sectionHeads, mixing, upsampling,
                     bytes, gamma2, gamma1, gamma0, maxExperts, memory, diminishing, objective, topK, experts })
            command.Options.Add(o);
        OutputOptionSet.AddTo(command);
        command.Options.Add(OutputOptionSet.Verbose);

        command.SetAction(parse => CommandRunner.RunReport(parse, () => NamingOptions(() =>
        {
            var spec = new SectionalSpec(
                parse.GetValue(d), parse.GetValue(seq), parse.GetValue(ffnRatio), parse.GetValue(ffnMatrices),
                !parse.GetValue(noPre), ParseKind(parse.GetValue(kind)!), parse.GetValue(mixing), ParseUpsampling(parse.GetValue(upsampling)!),
                parse.GetValue(preHeads), parse.GetValue(sectionHeads), parse.GetValue(bytes))
            {
                ReducedLength = ParseReduced(parse.GetValue(reduced)!),
            };
            var profile = HardwareProfileFile.Resolve(parse.GetValue(hardware)!, "hardware");
            double?[] gammas = [parse.GetValue(gamma2), parse.GetValue(gamma1), parse.GetValue(gamma0)];
            OverheadModel? overhead = gammas.Any(g => g is not null)
                ? OverheadModel.UserSet(gammas[0] ?? 0, gammas[1] ?? 0, gammas[2] ?? 0)
                : null;
            double limit = parse.GetValue(memory) ?? profile.FastTierCapacityBytes;
            var search = new ExpertCountSearch(parse.GetValue(maxExperts), parse.GetValue(diminishing) / 100, limit);
            var analysis = SectionalAnalysis.Run(spec, profile, overhead, search, ParseObjective(parse.GetValue(objective)!),
                parse.GetValue(topK), parse.GetValue(experts));
            var context = new ReportContext("moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
            [
                new("d", spec.ModelWidth.ToString(CultureInfo.InvariantCulture)),
                new("n", spec.SequenceTokens.ToString(CultureInfo.InvariantCulture)),
                new("hardware", profile.Name),
            ]);
            return SectionalReportBuilder.Build(analysis, context);
        }), SectionalReportBuilder.Concise));
        return command;
    }

    /// <summary>The library names fields plainly (<c>d</c>, <c>experts</c>); on the command line they are options.</summary>
    private static Report NamingOptions(Func<Report> build)
    {
        try
        {
            return build();
        }
        catch (InvalidInputException e) when (e.Source is null && e.Field is { } field && !field.StartsWith("--", StringComparison.Ordinal))
        {
            throw new InvalidInputException(e.Detail, field: "--" + field.Replace('_', '-'), row: e.Row);
        }
    }

    private static ReducedLength ParseReduced(string text) => text.Trim() switch
    {
        "n" => ReducedLength.Same,
        "n/E" or "n/e" => ReducedLength.DividedByExpertCount,
        var t when long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var tokens) => ReducedLength.Fixed(tokens),
        _ => throw new InvalidInputException($"'{text}' is not n, n/E or a token count", field: "reduced-seq"),
    };

    private static SectionExpertKind ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "ffn" => SectionExpertKind.Ffn,
        "block" or "transformer-block" => SectionExpertKind.TransformerBlock,
        _ => throw new InvalidInputException($"'{text}' is not ffn or block", field: "expert-kind"),
    };

    private static UpsamplingKind ParseUpsampling(string text) => text.Trim().ToLowerInvariant() switch
    {
        "repeat" => UpsamplingKind.Repeat,
        "cross-attention" => UpsamplingKind.CrossAttention,
        _ => throw new InvalidInputException($"'{text}' is not repeat or cross-attention", field: "upsampling"),
    };

    private static Costing ParseObjective(string text) => text.Trim().ToLowerInvariant() switch
    {
        "total" or "total-work" => Costing.TotalWork,
        "critical-path" => Costing.CriticalPath,
        _ => throw new InvalidInputException($"'{text}' is not total or critical-path", field: "objective"),
    };
}
