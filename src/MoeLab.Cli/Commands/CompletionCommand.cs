using System.CommandLine;
using MoeLab.Cli.Completion;
using MoeLab.Cli.Infrastructure;

namespace MoeLab.Cli.Commands;

/// <summary>`moelab completion bash|zsh`: prints the shell's completion script.</summary>
public static class CompletionCommand
{
    public static Command Create()
    {
        var shell = new Argument<string>("shell") { Description = "bash or zsh." };
        shell.AcceptOnlyFromAmong("bash", "zsh");
        var command = new Command("completion", "Print a shell completion script (bash or zsh) that completes commands, options and their choices.");
        command.Arguments.Add(shell);
        HelpExamples.Add(command,
            "source <(moelab completion bash)                      # this bash session",
            "moelab completion zsh > ~/.zfunc/_moelab              # zsh, with ~/.zfunc on $fpath");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(parse.GetValue(shell) == "zsh" ? CompletionScripts.Zsh : CompletionScripts.Bash);
            return 0;
        });
        return command;
    }
}
