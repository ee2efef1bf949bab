using System.Text.Json;
using Microsoft.Playwright;
using MoeLab.Testing;

namespace MoeLab.Cli.Tests.Browser;

/// <summary>
/// Opens one HTML report from disk in Chromium with the network cut off (every request other than the file itself
/// is recorded and aborted, and the context is offline), waits until Vega has drawn or refused every chart, measures
/// each chart, and saves a full-page screenshot and one of each chart under <see cref="ScreenshotDirectory"/>.
/// </summary>
internal static class ReportInBrowser
{
    /// <summary>How long Vega may take to draw every chart of one page.</summary>
    private const float DrawTimeoutMs = 30_000;

    /// <summary>The report column's width in a 1280 px window (main is at most 1100 px wide).</summary>
    private static readonly ViewportSize Window = new() { Width = 1280, Height = 900 };

    /// <summary>Screenshots of every report: TestResults/html-reports/ in the checkout (ignored by git), or MOELAB_SCREENSHOTS.</summary>
    public static string ScreenshotDirectory =>
        Environment.GetEnvironmentVariable("MOELAB_SCREENSHOTS") is { Length: > 0 } dir ? dir : Path.Combine(TestPaths.RepoRoot, "TestResults", "html-reports");

    public static async Task<RenderedReport> OpenAsync(IBrowser browser, string htmlPath, string screenshotName)
    {
        var url = new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri;
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions { Offline = true, ViewportSize = Window });
        var requests = new List<string>();
        await context.RouteAsync("**/*", route =>
        {
            if (route.Request.Url == url) return route.ContinueAsync();
            lock (requests) requests.Add(route.Request.Url);
            return route.AbortAsync();
        });
        var page = await context.NewPageAsync();
        var console = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type is "error" or "warning") lock (console) console.Add($"{m.Type}: {m.Text}");
        };
        page.PageError += (_, e) => { lock (console) console.Add($"page error: {e}"); };
        // Requests the router never sees (a failed navigation, a blocked scheme) are recorded too.
        page.RequestFailed += (_, r) => { if (r.Url != url) lock (requests) requests.Add(r.Url); };

        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        await page.WaitForFunctionAsync(
            "() => [...document.querySelectorAll('div.vega')].every(d => d.querySelector('svg') || d.classList.contains('chart-error'))",
            null, new PageWaitForFunctionOptions { Timeout = DrawTimeoutMs });

        var specs = await page.Locator("script[type='application/json'][id$='-spec']").CountAsync();
        var measured = await page.EvaluateAsync<JsonElement>("""
            () => [...document.querySelectorAll('div.vega')].map(d => {
              const svg = d.querySelector('svg');
              const spec = JSON.parse(document.getElementById(d.id + '-spec').textContent);
              return {
                id: d.id,
                svgs: d.querySelectorAll('svg').length,
                marks: svg ? svg.querySelectorAll('g.role-mark > :not(g)').length : 0,
                error: d.classList.contains('chart-error') ? d.textContent : null,
                container: spec.width === 'container',
                svgWidth: svg ? svg.getBoundingClientRect().width : 0,
                boxWidth: d.getBoundingClientRect().width,
              };
            })
            """);
        var charts = measured.EnumerateArray().Select(c => new RenderedChart(
            c.GetProperty("id").GetString()!, c.GetProperty("svgs").GetInt32(), c.GetProperty("marks").GetInt32(),
            c.GetProperty("error").GetString(), c.GetProperty("container").GetBoolean(),
            c.GetProperty("svgWidth").GetDouble(), c.GetProperty("boxWidth").GetDouble())).ToList();

        Directory.CreateDirectory(ScreenshotDirectory);
        var screenshot = Path.Combine(ScreenshotDirectory, screenshotName + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        // Each chart on its own too (NAME.chart-0.png, …): a full page of tables is too tall to judge a chart by.
        foreach (var chart in charts)
            await page.Locator("#" + chart.Id).ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(ScreenshotDirectory, $"{screenshotName}.{chart.Id}.png") });
        lock (console) lock (requests) return new RenderedReport(specs, charts, [.. console], [.. requests], screenshot);
    }
}
