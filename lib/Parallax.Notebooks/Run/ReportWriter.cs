using System.Text;
using Parallax.Charts;
using Parallax.Notebooks.Model;

namespace Parallax.Notebooks.Run;

/// <summary>
/// Writes <c>report.html</c>: one offline page with every notebook in order — markdown rendered (raw HTML in markdown
/// shown as text), code hidden behind a toggle, outputs (escaped tables and text, interactive charts), plotly.js inlined once.
/// </summary>
public static class ReportWriter
{
    public static void Write(string path, RunResult result) => AtomicFile.WriteAllText(path, Render(result));

    public static string Render(RunResult result)
    {
        var sb = new StringBuilder();
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Parallax report</title>\n");
        sb.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline' 'unsafe-eval'; style-src 'unsafe-inline'; img-src data:; font-src data:\">\n");
        sb.Append("<style>").Append(Css).Append("</style>\n");
        if (result.Notebooks.Any(n => n.Charts.Count > 0)) sb.Append(PlotlyJs.ScriptElement()).Append('\n');
        sb.Append("</head>\n<body>\n<header><h1>Parallax report</h1>");
        sb.Append("<button id=\"toggle-code\" type=\"button\" onclick=\"toggleCode()\">Show code</button></header>\n<nav><ol>");
        foreach (var n in result.Notebooks)
            sb.Append($"<li><a href=\"#nb-{HtmlText.Slug(n.Name, "nb")}\">{HtmlText.Escape(n.Name)}</a> <span class=\"status {n.Status}\">{n.Status}</span></li>");
        sb.Append("</ol></nav>\n");
        foreach (var w in result.Warnings) sb.Append("<p class=\"warning\">").Append(HtmlText.Escape(w)).Append("</p>\n");
        // heading ids are unique in the page: each notebook's carry its slug, repeats get a number
        var ids = new HashSet<string>(StringComparer.Ordinal) { "toggle-code" };
        foreach (var n in result.Notebooks) ids.Add("nb-" + HtmlText.Slug(n.Name, "nb"));
        foreach (var n in result.Notebooks) Notebook(sb, n, ids);
        sb.Append("<script>").Append(ToggleScript).Append("</script>\n</body>\n</html>\n");
        return sb.ToString();
    }

    private static void Notebook(StringBuilder sb, NotebookRun run, ISet<string> ids)
    {
        sb.Append($"<section class=\"notebook\" id=\"nb-{HtmlText.Slug(run.Name, "nb")}\">\n<h1 class=\"nb-title\">{HtmlText.Escape(run.Name)}</h1>\n");
        if (run.Error is not null) sb.Append("<pre class=\"error\">").Append(HtmlText.Escape(run.Error)).Append("</pre>\n");
        if (run.Executed is null) { sb.Append("</section>\n"); return; }
        foreach (var cell in run.Executed.Cells)
        {
            if (cell.CellType == "markdown") { sb.Append("<div class=\"md\">").Append(SafeMarkdown.ToHtml(cell.Source, $"nb-{HtmlText.Slug(run.Name, "nb")}-", ids)).Append("</div>\n"); continue; }
            if (!cell.IsCode) continue;
            sb.Append("<details class=\"code\"><summary>code</summary><pre><code>").Append(HtmlText.Escape(cell.Source)).Append("</code></pre></details>\n");
            foreach (var o in cell.Outputs) Output(sb, o);
        }
        sb.Append("</section>\n");
    }

    private static void Output(StringBuilder sb, CellOutput output)
    {
        switch (output)
        {
            case StreamOutput s:
                sb.Append($"<pre class=\"output {s.Name}\">").Append(HtmlText.Escape(s.Text)).Append("</pre>\n");
                break;
            case DisplayOutput d when d.Html is { } html:
                // Our HTML outputs are built from escaped data; the notebook's one plotly.js copy is replaced by the page's.
                sb.Append("<div class=\"output\">").Append(html.Replace(PlotlyJs.ScriptElement(), "")).Append("</div>\n");
                break;
            case DisplayOutput d when d.Data.TryGetValue("image/png", out var png):
                sb.Append("<div class=\"output\"><img alt=\"chart\" src=\"data:image/png;base64,").Append(HtmlText.Escape(png)).Append("\"></div>\n");
                break;
            case DisplayOutput d when d.Text is { } text:
                sb.Append("<pre class=\"output\">").Append(HtmlText.Escape(text)).Append("</pre>\n");
                break;
            case ErrorOutput e:
                sb.Append("<pre class=\"error\">").Append(HtmlText.Escape(string.Join("\n", e.Traceback))).Append("</pre>\n");
                break;
        }
    }

    private const string Css = """
        body{font-family:'Segoe UI',Roboto,'Helvetica Neue','DejaVu Sans',Arial,sans-serif;max-width:1000px;margin:0 auto;padding:16px 24px;color:#222;line-height:1.5}
        header{display:flex;justify-content:space-between;align-items:center;border-bottom:2px solid #0072B2}
        button{font:inherit;padding:4px 12px;border:1px solid #0072B2;background:#fff;color:#0072B2;border-radius:4px;cursor:pointer}
        .notebook{border-top:1px solid #ccc;margin-top:32px}
        .nb-title{font-size:1rem;color:#666;font-weight:normal;font-family:monospace}
        details.code{margin:8px 0}details.code summary{color:#888;font-size:.85rem;cursor:pointer}
        pre{background:#f6f8fa;padding:8px;overflow-x:auto;font-size:.85rem}
        pre.error{background:#fdecea;color:#8a1c1c}.warning{background:#fff4e5;padding:8px}
        .status.ok{color:#009E73}.status.failed{color:#D55E00}.status.skipped{color:#888}
        table.parallax-table{border-collapse:collapse;font-size:.85rem;margin:8px 0}
        table.parallax-table th,table.parallax-table td{border:1px solid #ddd;padding:3px 8px;vertical-align:top}
        table.parallax-table th{background:#f0f4f8}
        .output{margin:8px 0;overflow-x:auto}
        """;

    private const string ToggleScript = """
        function toggleCode(){var b=document.getElementById('toggle-code');var open=b.textContent==='Show code';
        document.querySelectorAll('details.code').forEach(function(d){d.open=open;});b.textContent=open?'Hide code':'Show code';}
        """;
}
