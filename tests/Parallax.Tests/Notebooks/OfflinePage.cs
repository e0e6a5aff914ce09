using Microsoft.Playwright;
using Parallax.Notebooks.Export;

namespace Parallax.Tests.Notebooks;

/// <summary>Loads HTML files in headless Chromium with every network request blocked; reports drawn charts, console errors and dialogs.</summary>
public static class OfflinePage
{
    public sealed record Result(int SvgCount, IReadOnlyList<string> ConsoleErrors, IReadOnlyList<string> Dialogs, IReadOnlyList<string> BlockedRequests);

    public static IReadOnlyList<(string File, Result Result)> LoadAll(IEnumerable<string> files) => LoadAllAsync(files).GetAwaiter().GetResult();

    private static async Task<IReadOnlyList<(string, Result)>> LoadAllAsync(IEnumerable<string> files)
    {
        var exe = ChromiumRenderer.FindChromium() ?? throw new InvalidOperationException("chromium is not installed: run .ci/run or apt-get install chromium");
        var (playwright, browser) = await ChromiumRenderer.LaunchAsync(exe);
        try
        {
            var results = new List<(string, Result)>();
            foreach (var file in files)
            {
                var page = await browser.NewPageAsync();
                var errors = new List<string>();
                var dialogs = new List<string>();
                var blocked = new List<string>();
                page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
                page.PageError += (_, e) => errors.Add(e);
                page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
                await page.RouteAsync("**/*", async r =>
                {
                    if (r.Request.Url.StartsWith("file://", StringComparison.Ordinal) && r.Request.Url.EndsWith(Path.GetFileName(file), StringComparison.Ordinal)) await r.ContinueAsync();
                    else { blocked.Add(r.Request.Url); await r.AbortAsync(); }
                });
                await page.GotoAsync(new Uri(file).AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
                try { await page.WaitForSelectorAsync(".main-svg", new PageWaitForSelectorOptions { Timeout = 15_000, State = WaitForSelectorState.Attached }); }
                catch (TimeoutException) { }
                var count = await page.EvaluateAsync<int>("() => document.querySelectorAll('.main-svg').length");
                results.Add((file, new Result(count, errors, dialogs, blocked)));
                await page.CloseAsync();
            }
            return results;
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
