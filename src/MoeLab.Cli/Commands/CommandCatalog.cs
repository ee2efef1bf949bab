using System.CommandLine;

namespace MoeLab.Cli.Commands;

/// <summary>Every top-level command, in the order `moelab --help` lists them.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> All()
    {
        yield return InspectCommand.Create();
        yield return FitCommand.Create();
        yield return PlanCommand.Create();
        yield return SimulateCommand.Create();
        yield return ReplayCommand.Create();
        yield return SweepCommand.Create();
        yield return TraceCommand.Create();
        yield return SectionalCommand.Create();
        yield return TrainCommand.Create();
        yield return GenerateCommand.Create();
        yield return LadderCommand.Create();
        yield return WeightsCommand.Create();
        yield return HardwareCommand.Create();
        yield return CompletionCommand.Create();
    }
}
