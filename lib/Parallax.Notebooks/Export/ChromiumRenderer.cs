using System.Text.Json;
using Microsoft.Playwright;
using Parallax.Charts;
using Plotly.NET;

namespace Parallax.Notebooks.Export;

/// <summary>
/// Renders charts to PNG and SVG with plotly.js in headless Chromium (Debian's <c>/usr/bin/chromium</c>) driven by
/// Playwright. One page loads plotly.js once; each chart is one <c>Plotly.toImage</c> call. Network is blocked.
/// </summary>
public sealed class ChromiumRenderer : IChartImageRenderer, IAsyncDisposable, IDisposable
{
    /// <summary>Flags for running Chromium headless in containers and CI, without background traffic.</summary>
    public static IReadOnlyList<string> Flags { get; } =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage"];

    private readonly string _executable;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;
    private bool _failed;

    private ChromiumRenderer(string executable) => _executable = executable;

    /// <summary>Set when Chromium could not be started or used: the reason, reported once by the caller.</summary>
    public string? Failure { get; private set; }

    /// <summary>The Chromium executable: <c>PARALLAX_CHROMIUM</c>, else Debian's or another usual path; null when none.</summary>
    public static string? FindChromium()
    {
        var env = Environment.GetEnvironmentVariable("PARALLAX_CHROMIUM");
        if (env is not null) return env.Length > 0 && File.Exists(env) ? env : null;
        return new[] { "/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome", "/usr/bin/google-chrome-stable" }.FirstOrDefault(File.Exists);
    }

    /// <summary>A renderer, or null when no Chromium is installed.</summary>
    public static ChromiumRenderer? TryCreate() => FindChromium() is { } exe ? new ChromiumRenderer(exe) : null;

    /// <summary>Launches headless Chromium with the kit's flags and every network request blocked.</summary>
    public static async Task<(IPlaywright, IBrowser)> LaunchAsync(string executable)
    {
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true, Args = Flags, Timeout = 60_000 });
            return (playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }

    /// <summary>Starts Chromium and loads plotly.js in the background, so the first chart does not wait for it.</summary>
    public void WarmUp() => _ = Task.Run(async () =>
    {
        await _gate.WaitAsync();
        try { if (!_failed) await PageAsync(); }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException) { _failed = true; Failure = $"chromium ({_executable}) could not start: {e.Message.Split('\n')[0]}"; }
        finally { _gate.Release(); }
    });

    public ChartImages? Render(GenericChart chart) => RenderAsync(chart).GetAwaiter().GetResult();

    public async Task<ChartImages?> RenderAsync(GenericChart chart)
    {
        await _gate.WaitAsync();
        try
        {
            if (_failed) return null;
            var page = await PageAsync();
            var (w, h) = ChartHtml.Size(chart);
            var fig = Plotly.NET.GenericChart.toFigureJson(chart);
            var png = await page.EvaluateAsync<string>("([f, w, h]) => { const fig = JSON.parse(f); return Plotly.toImage({data: fig.data, layout: fig.layout}, {format: 'png', width: w, height: h}); }", new object[] { fig, w, h });
            var svg = await page.EvaluateAsync<string>("([f, w, h]) => { const fig = JSON.parse(f); return Plotly.toImage({data: fig.data, layout: fig.layout}, {format: 'svg', width: w, height: h}); }", new object[] { fig, w, h });
            return new ChartImages(DecodePng(png), DecodeSvg(svg));
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException or FormatException or JsonException)
        {
            _failed = true;
            Failure = $"chromium ({_executable}) could not render charts: {e.Message.Split('\n')[0]}";
            return null;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<IPage> PageAsync()
    {
        if (_page is not null) return _page;
        (_playwright, _browser) = await LaunchAsync(_executable);
        var page = await _browser.NewPageAsync();
        await page.RouteAsync("**/*", r => r.AbortAsync());
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\">" + PlotlyJs.ScriptElement() + "</head><body></body></html>");
        if (!await page.EvaluateAsync<bool>("() => typeof window.Plotly === 'object'")) throw new InvalidOperationException("plotly.js did not load");
        return _page = page;
    }

    private static byte[] DecodePng(string dataUrl)
    {
        var comma = dataUrl.IndexOf(',');
        if (!dataUrl.StartsWith("data:image/png;base64,", StringComparison.Ordinal)) throw new FormatException("unexpected PNG data URL");
        return Convert.FromBase64String(dataUrl[(comma + 1)..]);
    }

    private static string DecodeSvg(string dataUrl)
    {
        var comma = dataUrl.IndexOf(',');
        if (comma < 0 || !dataUrl.StartsWith("data:image/svg+xml", StringComparison.Ordinal)) throw new FormatException("unexpected SVG data URL");
        var body = dataUrl[(comma + 1)..];
        return dataUrl[..comma].EndsWith(";base64", StringComparison.Ordinal)
            ? System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(body))
            : Uri.UnescapeDataString(body);
    }

    public async ValueTask DisposeAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (_browser is not null) await _browser.DisposeAsync();
            _playwright?.Dispose();
            _browser = null; _playwright = null; _page = null;
            _failed = true;
        }
        finally { _gate.Release(); }
    }

    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
