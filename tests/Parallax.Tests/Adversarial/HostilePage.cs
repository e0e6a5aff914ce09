using Microsoft.Playwright;
using Parallax.Notebooks.Export;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// Opens HTML files in headless Chromium with the network blocked and reports what hostile data could have done:
/// dialogs opened, the <c>window.__pwned</c> marker set by a payload, and live elements a payload would create
/// (images with src=x, event-handler attributes, javascript: links, scripts mentioning alert).
/// </summary>
public static class HostilePage
{
    public sealed record Finding(string File, IReadOnlyList<string> Dialogs, bool Pwned, IReadOnlyList<string> LiveElements, int Charts);

    private const string Probe = """
        () => {
          const live = [];
          document.querySelectorAll('img[src="x"]').forEach(e => live.push(e.outerHTML.slice(0, 120)));
          document.querySelectorAll('*').forEach(e => { for (const a of e.attributes) if (/^on/i.test(a.name) && /__pwned|alert\(/.test(a.value)) live.push(e.outerHTML.slice(0, 120)); });
          document.querySelectorAll('a[href], iframe[src], form[action]').forEach(e => {
            const v = (e.getAttribute('href') || e.getAttribute('src') || e.getAttribute('action') || '').trim().toLowerCase();
            if (v.startsWith('javascript:')) live.push(e.outerHTML.slice(0, 120));
          });
          document.querySelectorAll('script').forEach(s => { if (/alert\(|__pwned/.test(s.textContent) && !/Plotly|newPlot|"data"/.test(s.textContent)) live.push('script: ' + s.textContent.slice(0, 120)); });
          return { pwned: window.__pwned !== undefined, live, charts: document.querySelectorAll('.main-svg').length };
        }
        """;

    public static IReadOnlyList<Finding> Open(IEnumerable<string> files) => OpenAsync(files).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<Finding>> OpenAsync(IEnumerable<string> files)
    {
        var exe = ChromiumRenderer.FindChromium() ?? throw new InvalidOperationException("chromium is not installed: apt-get install chromium");
        var (playwright, browser) = await ChromiumRenderer.LaunchAsync(exe);
        try
        {
            var findings = new List<Finding>();
            foreach (var file in files)
            {
                var page = await browser.NewPageAsync();
                var dialogs = new List<string>();
                page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
                await page.RouteAsync("**/*", r => r.Request.Url.StartsWith("file://", StringComparison.Ordinal) && r.Request.Url.EndsWith(Path.GetFileName(file), StringComparison.Ordinal) ? r.ContinueAsync() : r.AbortAsync());
                await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
                try { await page.WaitForSelectorAsync(".main-svg", new PageWaitForSelectorOptions { Timeout = 5_000, State = WaitForSelectorState.Attached }); }
                catch (TimeoutException) { }
                // Hover every point so hover text is drawn: a label that became markup would run now.
                foreach (var point in (await page.QuerySelectorAllAsync(".point, .bars path")).Take(25))
                {
                    try { await point.HoverAsync(new ElementHandleHoverOptions { Timeout = 500, Force = true }); } catch (PlaywrightException) { } catch (TimeoutException) { }
                }
                await page.WaitForTimeoutAsync(200);
                var probe = await page.EvaluateAsync<System.Text.Json.JsonElement>(Probe);
                var live = probe.GetProperty("live").EnumerateArray().Select(e => e.GetString() ?? "").ToList();
                findings.Add(new Finding(file, dialogs, probe.GetProperty("pwned").GetBoolean(), live, probe.GetProperty("charts").GetInt32()));
                await page.CloseAsync();
            }
            return findings;
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
