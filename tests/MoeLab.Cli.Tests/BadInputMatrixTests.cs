using System.Text;

namespace MoeLab.Cli.Tests;

/// <summary>
/// Commands × bad inputs: every kind of file each command reads, malformed, and each command's numeric options at 0,
/// negative, NaN and huge. Each must end with exit 2, exactly one line on stderr that starts "moelab: ", names the file
/// (or option) at fault and what in it, carries no stack trace — and leave an output file that was already there
/// byte-for-byte as it was (a failed run never replaces what the user had).
/// </summary>
[Collection("Console")]
public sealed class BadInputMatrixTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("moelab-bad-input-").FullName;

    public BadInputMatrixTests()
    {
        void Write(string name, string text) => File.WriteAllText(Path.Combine(_dir, name), text);
        Write("duplicate-key.json", "{\n  \"hidden_size\": 4096,\n  \"num_hidden_layers\": 32,\n  \"hidden_size\": 1024\n}\n");
        Write("huge-width.json", "{\"model_type\": \"mixtral\", \"hidden_size\": 1e15, \"num_hidden_layers\": 2, \"intermediate_size\": 64, \"num_local_experts\": 8, \"num_experts_per_tok\": 2, \"vocab_size\": 100, \"num_attention_heads\": 4, \"num_key_value_heads\": 4}\n");
        Write("lone-surrogate.json", "{\"model_type\": \"\\ud800\"}\n");
        File.WriteAllBytes(Path.Combine(_dir, "binary.json"), [0xEF, 0xBB, 0xBF, 0x00, 0xFF, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x07, 0x80]);
        Write("runs-nan.csv", "N,D,loss\n1e8,2e9,3.1\n2e8,4e9,NaN\n4e8,8e9,2.9\n");
        Write("runs-extra.csv", "N,D,loss\n1e8,2e9,3.1\n2e8,4e9,3.0,7\n");
        Write("runs-twice.csv", "N,D,loss,loss\n1e8,2e9,3.1,3.0\n");
        Write("runs-one.csv", "N,D,loss\n1e8,2e9,3.1\n");
        Write("runs-good.csv", "N,D,loss\n1e8,2e9,3.1\n2e8,4e9,3.0\n4e8,8e9,2.9\n8e8,1.6e10,2.8\n1.6e9,3.2e10,2.75\n3.2e9,6.4e10,2.7\n");
        Write("expert-99.jsonl", "{\"token_idx\": 0, \"layer\": 0, \"experts\": [99, 1]}\n");
        Write("negative-token.jsonl", "{\"token_idx\": -3, \"layer\": 0, \"experts\": [2, 1]}\n");
        Write("garbage.jsonl", "{\"token_idx\": 0, \"layer\": 0, \"experts\": [2, 1]}\nthis is not json\n");
        Write("quote.csv", "token,layer,expert\n0,0,\"1\n");
        File.WriteAllBytes(Path.Combine(_dir, "bad-magic.moetrace"), Encoding.ASCII.GetBytes("NOTATRACE-AT-ALL-NOT-EVEN-CLOSE-1234567890ABCDEF"));
        Write("unknown-key.yaml", "name: box\nbus_bandwith_bytes_per_second: 1e9\n");
        Write("negative.yaml", "base: rtx4090-pcie4\nbus_bandwidth_bytes_per_second: -5\n");
        Write("empty.txt", "");
        File.WriteAllBytes(Path.Combine(_dir, "not-text.txt"), [.. Enumerable.Range(0, 4096).Select(i => (byte)(i * 131 % 256))]);
        Write("law-bad.json", "{\"form\": \"no-such-law\"}\n");
        var safetensors = new byte[64];
        BitConverter.TryWriteBytes(safetensors, 1_000_000UL);
        File.WriteAllBytes(Path.Combine(_dir, "header-too-long.safetensors"), safetensors);
        Write("text.txt", string.Concat(Enumerable.Repeat("the cat sat on the mat. ", 200)));
        File.WriteAllText(OutputFile, Untouched);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private const string Untouched = "{\"kept\": true}\n";

    private string OutputFile => Path.Combine(_dir, "existing-output.json");

    /// <summary>A command line ({dir} = the test's directory), then what the one line must contain: the file or option, and the field or reason.</summary>
    public static TheoryData<string, string[], string[]> Cases() => new()
    {
        // Files each command reads, malformed.
        { "inspect: duplicated key", ["inspect", "{dir}/duplicate-key.json"], ["duplicate-key.json", "hidden_size", "twice"] },
        { "inspect: width 1e15", ["inspect", "{dir}/huge-width.json"], ["huge-width.json", "hidden_size"] },
        { "inspect: undecodable string", ["inspect", "{dir}/lone-surrogate.json"], ["lone-surrogate.json", "model_type"] },
        { "inspect: binary", ["inspect", "{dir}/binary.json"], ["binary.json"] },
        { "inspect: a directory", ["inspect", "{dir}"], ["is a directory"] },
        { "inspect: safetensors with a bad header", ["inspect", "{dir}/header-too-long.safetensors"], ["header-too-long.safetensors"] },
        { "fit: NaN loss", ["fit", "{dir}/runs-nan.csv"], ["runs-nan.csv", "line 3", "loss"] },
        { "fit: extra field", ["fit", "{dir}/runs-extra.csv"], ["runs-extra.csv", "line 3", "fields"] },
        { "fit: column twice", ["fit", "{dir}/runs-twice.csv"], ["runs-twice.csv", "loss", "twice"] },
        { "fit: one row", ["fit", "{dir}/runs-one.csv"], ["runs-one.csv"] },
        { "fit: bad law file", ["fit", "{dir}/runs-good.csv", "--law", "{dir}/law-bad.json"], ["law-bad.json"] },
        { "plan: runs with NaN", ["plan", "--compute", "1e21", "--runs", "{dir}/runs-nan.csv"], ["runs-nan.csv"] },
        { "plan: bad law file", ["plan", "--compute", "1e21", "--law", "{dir}/law-bad.json"], ["law-bad.json"] },
        { "simulate: expert 99", ["simulate", "--trace", "{dir}/expert-99.jsonl"], ["expert-99.jsonl", "line 1", "experts"] },
        { "simulate: negative token", ["simulate", "--trace", "{dir}/negative-token.jsonl"], ["negative-token.jsonl", "token_idx"] },
        { "simulate: not JSON", ["simulate", "--trace", "{dir}/garbage.jsonl"], ["garbage.jsonl", "line 2"] },
        { "simulate: stray quote", ["simulate", "--trace", "{dir}/quote.csv"], ["quote.csv"] },
        { "simulate: bad magic", ["simulate", "--trace", "{dir}/bad-magic.moetrace"], ["bad-magic.moetrace", "magic"] },
        { "simulate: unknown hardware key", ["simulate", "--hardware", "{dir}/unknown-key.yaml"], ["unknown-key.yaml", "bus_bandwith_bytes_per_second"] },
        { "simulate: negative bandwidth", ["simulate", "--hardware", "{dir}/negative.yaml"], ["negative.yaml", "bus_bandwidth_bytes_per_second"] },
        { "simulate: model config duplicated key", ["simulate", "--model", "{dir}/duplicate-key.json"], ["duplicate-key.json", "hidden_size"] },
        { "sweep: bad trace", ["sweep", "granularity", "--trace", "{dir}/expert-99.jsonl"], ["expert-99.jsonl", "experts"] },
        { "sweep: bad hardware", ["sweep", "granularity", "--hardware", "{dir}/unknown-key.yaml"], ["unknown-key.yaml"] },
        { "trace convert: bad trace", ["trace", "convert", "{dir}/garbage.jsonl", "{dir}/out.moetrace"], ["garbage.jsonl", "line 2"] },
        { "trace calibrate: bad trace", ["trace", "calibrate", "{dir}/negative-token.jsonl"], ["negative-token.jsonl", "token_idx"] },
        { "sectional: bad hardware", ["sectional", "--d", "1024", "--seq", "512", "--hardware", "{dir}/negative.yaml"], ["negative.yaml", "bus_bandwidth_bytes_per_second"] },
        { "train: empty corpus", ["train", "--data", "{dir}/empty.txt"], ["empty.txt"] },
        { "train: spec with a duplicated key", ["train", "--spec", "{dir}/duplicate-key.json", "--data", "{dir}/text.txt"], ["duplicate-key.json", "hidden_size"] },
        { "train: resume from a non-checkpoint", ["train", "--resume", "{dir}/header-too-long.safetensors", "--data", "{dir}/text.txt"], ["header-too-long.safetensors"] },
        { "generate: bad checkpoint", ["generate", "{dir}/header-too-long.safetensors"], ["header-too-long.safetensors"] },
        { "replay: bad weights", ["replay", "--model", "{dir}/header-too-long.safetensors"], ["header-too-long.safetensors"] },
        { "weights synth: bad config", ["weights", "synth", "--model", "{dir}/duplicate-key.json", "--out", "{dir}/w"], ["duplicate-key.json", "hidden_size"] },
        { "ladder: empty corpus", ["ladder", "--quick", "--data", "{dir}/empty.txt", "--runs", "{dir}/runs.csv"], ["empty.txt"] },

        // Numeric options at 0, negative, NaN and huge.
        { "plan --compute 0", ["plan", "--compute", "0"], ["--compute"] },
        { "plan --compute -1e21", ["plan", "--compute", "-1e21"], ["--compute"] },
        { "plan --compute NaN", ["plan", "--compute", "NaN"], ["--compute"] },
        { "plan --compute 1e400", ["plan", "--compute", "1e400"], ["--compute"] },
        { "plan --compute 1e40", ["plan", "--compute", "1e40"], ["--compute", "too large"] },
        { "plan --steps 0", ["plan", "--compute", "1e18..1e22", "--steps", "0"], ["--steps"] },
        { "plan --bootstrap -1", ["plan", "--compute", "1e21", "--bootstrap", "-1"], ["--bootstrap"] },
        { "plan --m-over-na 5", ["plan", "--compute", "1e21", "--m-over-na", "5"], ["--m-over-na"] },
        { "plan --memory-gb NaN", ["plan", "--compute", "1e21", "--memory-gb", "NaN"], ["--memory-gb"] },
        { "plan --memory-gb -3", ["plan", "--compute", "1e21", "--memory-gb", "-3"], ["--memory-gb"] },
        { "plan --experts 0", ["plan", "--compute", "1e21", "--experts", "0"], ["--experts"] },
        { "plan --vocab huge", ["plan", "--compute", "1e21", "--vocab", "99999999999"], ["--vocab"] },
        { "fit --threads 0", ["fit", "{dir}/runs-good.csv", "--threads", "0"], ["--threads"] },
        { "fit --threads -1", ["fit", "{dir}/runs-good.csv", "--threads", "-1"], ["--threads"] },
        { "fit --huber-delta NaN", ["fit", "{dir}/runs-good.csv", "--huber-delta", "NaN"], ["--huber-delta"] },
        { "fit --bootstrap -1", ["fit", "{dir}/runs-good.csv", "--bootstrap", "-1"], ["--bootstrap"] },
        { "fit --ci-level 2", ["fit", "{dir}/runs-good.csv", "--bootstrap", "10", "--ci-level", "2"], ["--ci-level"] },
        { "fit --ci-level alone", ["fit", "{dir}/runs-good.csv", "--ci-level", "0.9"], ["--ci-level", "--bootstrap"] },
        { "inspect --context -1", ["inspect", "mixtral-8x7b", "--context", "-1"], ["--context"] },
        { "inspect --batch 0", ["inspect", "mixtral-8x7b", "--batch", "0"], ["--batch"] },
        { "simulate --cache-experts 0", ["simulate", "--cache-experts", "0"], ["--cache-experts"] },
        { "simulate --cache-experts 9 of 8", ["simulate", "--cache-experts", "9"], ["--cache-experts"] },
        { "simulate --cache-experts 1 < top-2", ["simulate", "--cache-experts", "1"], ["--cache-experts"] },
        { "simulate --tokens 0", ["simulate", "--tokens", "0"], ["--tokens"] },
        { "simulate --tokens -5", ["simulate", "--tokens", "-5"], ["--tokens"] },
        { "simulate --batch 0", ["simulate", "--batch", "0"], ["--batch"] },
        { "simulate --chunks 0", ["simulate", "--chunks", "0"], ["--chunks"] },
        { "simulate --cache-bytes NaN", ["simulate", "--cache-bytes", "NaN"], ["--cache-bytes"] },
        { "sweep --max-granularity 0", ["sweep", "granularity", "--max-granularity", "0"], ["--max-granularity"] },
        { "sweep --tokens -1", ["sweep", "granularity", "--tokens", "-1"], ["--tokens"] },
        { "sweep --stickiness NaN", ["sweep", "granularity", "--stickiness", "NaN"], ["--stickiness"] },
        { "trace generate --tokens -1", ["trace", "generate", "{dir}/t.jsonl", "--tokens", "-1"], ["--tokens"] },
        { "trace generate --zipf NaN", ["trace", "generate", "{dir}/t.jsonl", "--zipf", "NaN"], ["--zipf"] },
        { "sectional --d 0", ["sectional", "--d", "0", "--seq", "512"], ["--d"] },
        { "sectional --d -1024", ["sectional", "--d", "-1024", "--seq", "512"], ["--d"] },
        { "sectional --d not divisible by the heads", ["sectional", "--d", "99999999999", "--seq", "512"], ["--pre-heads", "99999999999"] },
        { "sectional --gamma0 NaN", ["sectional", "--d", "1024", "--seq", "512", "--gamma0", "NaN"], ["--gamma0"] },
        { "train --steps 0", ["train", "--data", "{dir}/text.txt", "--steps", "0"], ["--steps"] },
        { "train --steps -1", ["train", "--data", "{dir}/text.txt", "--steps", "-1"], ["--steps"] },
        { "train --lr NaN", ["train", "--data", "{dir}/text.txt", "--lr", "NaN"], ["--lr"] },
        { "train --batch 0", ["train", "--data", "{dir}/text.txt", "--batch", "0"], ["--batch"] },
        { "train --eval-every -1", ["train", "--data", "{dir}/text.txt", "--eval-every", "-1"], ["--eval-every"] },
        { "train --dim huge", ["train", "--data", "{dir}/text.txt", "--dim", "99999999999"], ["--dim"] },
        { "generate --tokens -1", ["generate", "{dir}/header-too-long.safetensors", "--tokens", "-1"], ["--tokens"] },
        { "generate --temperature NaN", ["generate", "{dir}/header-too-long.safetensors", "--temperature", "NaN"], ["--temperature"] },
        { "replay --io-threads 0", ["replay", "--model", "{dir}/header-too-long.safetensors", "--io-threads", "0"], ["--io-threads"] },
        { "replay --repeat 0", ["replay", "--model", "{dir}/header-too-long.safetensors", "--repeat", "0"], ["--repeat"] },
        { "weights synth --shrink 0", ["weights", "synth", "--model", "mixtral-8x7b", "--out", "{dir}/w", "--shrink", "0"], ["--shrink"] },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void BadInput_ExitsTwo_OneLineNamingIt_NoStackTrace_AndTheExistingOutputIsKept(string name, string[] command, string[] mustName)
    {
        _ = name;
        var args = command.Select(a => a.Replace("{dir}", _dir, StringComparison.Ordinal)).Concat(["--json-out", OutputFile]).ToArray();
        var entriesBefore = Directory.GetFileSystemEntries(_dir).Order(StringComparer.Ordinal).ToArray();

        var (exit, _, err) = InProcessCli.Run(Program.BuildRoot(), args);

        Assert.True(exit == 2, $"exit {exit}: {err}");
        var lines = err.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == 1, $"{lines.Length} lines on stderr:\n{err}");
        Assert.StartsWith("moelab: ", lines[0]);
        Assert.DoesNotContain(" at MoeLab.", lines[0]);
        Assert.DoesNotContain("Exception", lines[0]);
        Assert.DoesNotContain('\u001b', lines[0]); // no raw escape sequence from a binary file reaches the terminal
        foreach (var part in mustName) Assert.Contains(part.Replace("{dir}", _dir, StringComparison.Ordinal), lines[0]);
        Assert.Equal(Untouched, File.ReadAllText(OutputFile));
        Assert.Equal(entriesBefore, Directory.GetFileSystemEntries(_dir).Order(StringComparer.Ordinal).ToArray());
    }
}
