using System.Text;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests.Browser;

/// <summary>
/// Every command that writes an HTML report, run on small inputs and opened offline in headless Chromium: the page
/// attempts no network request, logs no console error or warning (Vega-Embed's "spec uses Vega-Lite v5, but the
/// current version is v6" included), draws every chart it embeds as an SVG with marks, gives a container-width chart
/// the column's width, and is saved as a screenshot (TestResults/html-reports/COMMAND.png).
/// </summary>
[Collection("browser")]
public sealed class HtmlReportBrowserTests(ChromiumBrowser chromium) : IDisposable
{
    // On the checkout's disk, not /tmp: replay opens weights with O_DIRECT, which tmpfs refuses.
    private readonly string _dir = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "browser-tests", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string File(string name) => Path.Combine(_dir, name);

    /// <summary>Runs moelab with --html into this test's folder, then opens the report and checks it.</summary>
    private async Task AssertReportAsync(string name, int charts, params string[] args)
    {
        if (ChromiumBrowser.Skipped) return;
        var browser = chromium.Browser;
        var html = File(name + ".html");
        var run = InspectCliRunner.Run([.. args, "--html", html]);
        Assert.True(run.ExitCode == 0, $"moelab {string.Join(' ', args)} exited {run.ExitCode}: {run.Stderr}");

        var page = await ReportInBrowser.OpenAsync(browser, html, name);
        var where = $" (screenshot: {page.Screenshot})";
        Assert.True(page.Requests.Count == 0, "the page tried the network: " + string.Join(", ", page.Requests) + where);
        Assert.True(page.Console.Count == 0, "console:\n" + string.Join("\n", page.Console) + where);
        Assert.Equal(charts, page.ChartSpecs);
        Assert.Equal(charts, page.Charts.Count);
        foreach (var c in page.Charts)
        {
            Assert.True(c.Error is null, $"{c.Id}: {c.Error}{where}");
            Assert.True(c.Svgs == 1, $"{c.Id}: {c.Svgs} SVGs{where}");
            Assert.True(c.Marks > 0, $"{c.Id}: an SVG with no data marks{where}");
            if (c.ContainerWidth)
                Assert.True(c.SvgWidthPx >= 0.95 * c.BoxWidthPx,
                    $"{c.Id}: drawn {c.SvgWidthPx:0} px wide in a {c.BoxWidthPx:0} px column{where}");
        }
        Assert.True(new FileInfo(page.Screenshot).Length > 0, page.Screenshot);
    }

    [Fact]
    public Task Inspect_SeveralModels() => AssertReportAsync("inspect", 1, "inspect", "mixtral-8x7b", "olmoe-1b-7b", "qwen3-30b-a3b");

    [Fact]
    public Task Fit_ChinchillaWithBootstrap() => AssertReportAsync("fit", 3,
        "fit", TestPaths.SharedFile("scaling", "chinchilla_epoch_svg_extracted_data.csv"), "--n-column", "Model Size",
        "--c-column", "Training FLOP", "--bootstrap", "20", "-o", File("law.json"));

    [Fact]
    public Task Plan_OneBudget() => AssertReportAsync("plan", 2, "plan", "--compute", "1e21");

    [Fact]
    public Task Plan_Sweep() => AssertReportAsync("plan-sweep", 2, "plan", "--compute", "1e19..1e21");

    /// <summary>
    /// A multi-scale runs table (six scales): plan's two charts, one loss curve per scale and variable (6 × 3), and
    /// one power law of the optima against compute per quantity (m_over_na, n_over_na, d, loss).
    /// </summary>
    [Fact]
    public Task Plan_MultiScaleRunsTable()
    {
        var runs = File("ladder.csv");
        System.IO.File.WriteAllLines(runs, MoeLab.Scaling.Tests.Planning.SyntheticLadder.PaperLike().Lines());
        return AssertReportAsync("plan-runs", 2 + 6 * 3 + 4, "plan", "--compute", "1e21", "--runs", runs, "--bootstrap", "20");
    }

    /// <summary>A one-scale runs table (seed 001's curves as the oracle): the same two charts as a law-driven plan.</summary>
    [Fact]
    public Task Plan_OneScaleRunsTable()
    {
        var lines = new List<string> { "m_over_na,n_over_na,d,loss" };
        foreach (var x in new[] { 7.0, 8, 9, 11 })
        foreach (var y in new[] { 6.0, 12, 20 })
        foreach (var d in new[] { 1500.0, 2000, 2500 })
            lines.Add(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"{x},{y},{d},{2 + 0.3 / (x - 6) + 0.075 * x + 0.1 / (y - 1) + 0.3 / (289.0 / 9 - y) + 0.02 * Math.Pow(d / 1000 - 2, 2)}"));
        var runs = File("one-scale.csv");
        System.IO.File.WriteAllLines(runs, lines);
        return AssertReportAsync("plan-runs-one-scale", 2, "plan", "--compute", "3e20", "--runs", runs);
    }

    [Fact]
    public Task Simulate() => AssertReportAsync("simulate", 2, "simulate", "--tokens", "200", "--cache-experts", "2-4", "--policy", "lru,lfu");

    [Fact]
    public Task Sectional() => AssertReportAsync("sectional", 1, "sectional", "--d", "4096", "--seq", "2048", "--hardware", "h100-sxm");

    [Fact]
    public async Task Trace_GenerateConvert()
    {
        await AssertReportAsync("trace-generate", 1, "trace", "generate", File("t.jsonl"), "--tokens", "300");
        await AssertReportAsync("trace-convert", 0, "trace", "convert", File("t.jsonl"), File("t.csv"));
    }

    /// <summary>
    /// calibrate's hit-rate curves (real trace against the fitted generator) share generate's chart code, but the
    /// page is its own: its series, its tables and the fit's notes (about 10 s of calibration).
    /// </summary>
    [Fact]
    public Task Trace_Calibrate() => AssertReportAsync("trace-calibrate", 1, "trace", "calibrate", "mixtral-8x7b-gsm8k");

    [Fact]
    public async Task SweepGranularity() =>
        await AssertReportAsync("sweep-granularity", 2, "sweep", "granularity", "--tokens", "100", "--max-granularity", "8");

    [Fact]
    public async Task Train_Generate_Ladder()
    {
        var text = File("text.txt");
        System.IO.File.WriteAllText(text, string.Concat(Enumerable.Repeat("the quick brown fox jumps over the lazy dog and then sleeps. ", 400)));
        var checkpoint = File("model.safetensors");
        await AssertReportAsync("train", 1, "train", "--preset", "tiny-moe", "--data", text, "--steps", "20", "--batch", "2", "--seq-len", "32",
            "--eval-batches", "1", "--out", checkpoint);
        await AssertReportAsync("generate", 0, "generate", checkpoint, "--prompt", "the quick");
        await AssertReportAsync("ladder", 1, "ladder", "--quick", "--data", text, "--runs", File("ladder-runs.csv"));
    }

    [Fact]
    public async Task WeightsSynth_Replay_HardwareProbe()
    {
        var config = File("config.json");
        System.IO.File.WriteAllText(config, """
            {"model_type": "mixtral", "hidden_size": 64, "intermediate_size": 96, "num_hidden_layers": 2, "num_local_experts": 4,
             "num_experts_per_tok": 2, "num_attention_heads": 4, "num_key_value_heads": 2, "vocab_size": 50,
             "max_position_embeddings": 128, "tie_word_embeddings": false}
            """);
        var model = File("weights");
        await AssertReportAsync("weights-synth", 0, "weights", "synth", "--model", config, "--out", model, "--dtype", "f32");
        var trace = new StringBuilder();
        for (var t = 0; t < 6; t++)
            for (var l = 0; l < 2; l++)
                trace.Append($$"""{"problem_id": 0, "layer": {{l}}, "experts": [{{(t + l) % 4}}, {{(t + l + 1) % 4}}], "token_idx": {{t}}}""").Append('\n');
        System.IO.File.WriteAllText(File("trace.jsonl"), trace.ToString());
        await AssertReportAsync("replay", 0, "replay", "--model", model, "--trace", File("trace.jsonl"), "--tokens", "4", "--cache-experts", "2");
        await AssertReportAsync("hardware-probe", 0, "hardware", "probe", "--path", _dir, "--out", File("p.yaml"), "--scratch-bytes", "8388608",
            "--expert-bytes", "1048576", "--expert-hidden", "32", "--expert-width", "16");
    }
}
