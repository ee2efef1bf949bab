using Microsoft.Playwright;

namespace MoeLab.Cli.Tests.Browser;

/// <summary>
/// One headless Chromium for every browser test (launching one takes about a second): Debian's system build, found
/// at <see cref="ExecutablePath"/> and driven by Playwright through its executable path, so nothing downloads a
/// browser. Without it the tests fail and say how to install it; MOELAB_SKIP_BROWSER=1 opts out explicitly.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    /// <summary>Where Chromium is looked for: MOELAB_CHROMIUM if set, else Debian's /usr/bin/chromium.</summary>
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("MOELAB_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    /// <summary>True when MOELAB_SKIP_BROWSER=1 asked for the browser tests not to run.</summary>
    public static bool Skipped => Environment.GetEnvironmentVariable("MOELAB_SKIP_BROWSER") == "1";

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running browser; throws with the install instruction when Chromium is missing.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException(
        $"Chromium is not installed at {ExecutablePath}: the HTML report tests open every report in it. " +
        "Install it (apt-get install chromium; .ci/run does this), point MOELAB_CHROMIUM at another build, " +
        "or set MOELAB_SKIP_BROWSER=1 to skip these tests.");

    public async Task InitializeAsync()
    {
        if (Skipped || !File.Exists(ExecutablePath)) return;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            // Tests run as root on CI, where Chromium's sandbox cannot start.
            ChromiumSandbox = false,
        });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null) await _browser.CloseAsync();
        _playwright?.Dispose();
    }
}

/// <summary>The browser tests share one <see cref="ChromiumBrowser"/> and so run one after another.</summary>
[CollectionDefinition("browser")]
public sealed class BrowserCollection : ICollectionFixture<ChromiumBrowser>;
