using System.CommandLine;
using MoeLab.Cli.Infrastructure;
using MoeLab.Core.Validation;
using MoeLab.Engine.Weights;
using MoeLab.Reports.Hardware;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab hardware probe`: measures this machine's disk, CPU and RAM into a profile `moelab simulate --hardware` reads.</summary>
public static class HardwareCommand
{
    private static readonly Option<string> PathOption = new("--path") { Description = "Directory on the disk to measure (a scratch file is written there and deleted).", Required = true };
    private static readonly OutputFileOption Out = new("--out") { Description = "Hardware profile YAML to write.", Required = true };
    private static readonly Option<long> ExpertBytes = new("--expert-bytes") { Description = "Bytes per expert-sized read (default: an OLMoE bf16 expert, 12 MiB).", DefaultValueFactory = _ => new ProbeOptions(".").ExpertBytes };
    private static readonly Option<long> ScratchBytes = new("--scratch-bytes") { Description = "Scratch file size (default 1 GiB; several experts).", DefaultValueFactory = _ => new ProbeOptions(".").ScratchBytes };
    private static readonly Option<int> ExpertHidden = new("--expert-hidden") { Description = "Model width d of the expert FFN timing.", DefaultValueFactory = _ => new ProbeOptions(".").ExpertHidden };
    private static readonly Option<int> ExpertWidth = new("--expert-width") { Description = "Expert width H of the expert FFN timing.", DefaultValueFactory = _ => new ProbeOptions(".").ExpertWidth };
    private static readonly Option<bool> CompareFio = new("--compare-fio") { Description = "Also run fio's O_DIRECT sequential read of the same file and block size, and report both bandwidths." };
    private static readonly Option<string?> Name = new("--name") { Description = "Profile name (default probe-HOSTNAME)." };

    public static Command Create()
    {
        var probe = new Command("probe", "Measure disk read bandwidth/latency/queue-depth scaling (O_DIRECT), expert-FFN FLOP/s and RAM bandwidth; write a hardware profile YAML.");
        foreach (var option in new Option[] { PathOption, Out, ExpertBytes, ScratchBytes, ExpertHidden, ExpertWidth, CompareFio, Name }) probe.Options.Add(option);
        OutputOptionSet.AddTo(probe);
        probe.SetAction(parse => CommandRunner.RunReport(parse, () =>
        {
            var options = new ProbeOptions(parse.GetValue(PathOption)!,
                Preconditions.Positive(parse.GetValue(ScratchBytes), "--scratch-bytes"),
                Preconditions.Positive(parse.GetValue(ExpertBytes), "--expert-bytes"),
                Preconditions.Positive(parse.GetValue(ExpertHidden), "--expert-hidden"),
                Preconditions.Positive(parse.GetValue(ExpertWidth), "--expert-width"),
                parse.GetValue(CompareFio));
            var request = new ProbeRequest(options.Directory, parse.GetValue(Out)!, options, parse.GetValue(Name));
            request.Check();
            var (result, _) = ProgressDisplay.For(parse).Run("probing", progress => request.Run(progress));
            return new ProbeReportBuilder(request, result, "moelab " + string.Join(' ', parse.Tokens.Select(t => t.Value))).Build();
        }));
        var command = new Command("hardware", "This machine as a hardware profile.");
        command.Subcommands.Add(probe);
        return command;
    }
}
