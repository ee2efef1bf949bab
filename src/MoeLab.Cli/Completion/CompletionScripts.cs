namespace MoeLab.Cli.Completion;

/// <summary>
/// Shell completion scripts. Both ask moelab itself what may come next through System.CommandLine's
/// <c>[suggest:POSITION]</c> directive, so completions always match the command definitions (commands, options,
/// choices such as --policy's) without a list kept by hand. The command word is rewritten to <c>moelab</c> (what the
/// parser expects first) whether it was typed as <c>moelab</c>, <c>./moelab</c> or a path.
/// </summary>
public static class CompletionScripts
{
    public const string Bash = """
        # moelab completion for bash: source this file, or save it as
        # ~/.local/share/bash-completion/completions/moelab (or /etc/bash_completion.d/moelab).
        _moelab_complete() {
            local first="${COMP_WORDS[0]}"
            local line="moelab${COMP_LINE#"$first"}"
            local point=$(( COMP_POINT - ${#first} + 6 ))
            local IFS=$'\n'
            local words
            words=$("$first" "[suggest:${point}]" "$line" 2>/dev/null) || return 0
            COMPREPLY=( $(compgen -W "$words" -- "${COMP_WORDS[COMP_CWORD]}") )
        }
        complete -o default -F _moelab_complete moelab ./moelab
        """;

    public const string Zsh = """
        #compdef moelab
        # moelab completion for zsh: save as _moelab in a directory on $fpath (then compinit), or source it.
        _moelab() {
            local first="${words[1]}"
            local line="moelab${BUFFER#"$first"}"
            local point=$(( CURSOR - ${#first} + 6 ))
            local -a suggestions
            suggestions=("${(@f)$("$first" "[suggest:${point}]" "$line" 2>/dev/null)}")
            compadd -a suggestions
        }
        compdef _moelab moelab ./moelab
        """;
}
