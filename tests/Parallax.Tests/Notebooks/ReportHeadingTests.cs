using System.Text.RegularExpressions;
using Parallax.Notebooks.Model;
using Parallax.Notebooks.Run;

namespace Parallax.Tests.Notebooks;

public sealed class ReportHeadingTests
{
    [Fact]
    public void Every_id_in_the_report_is_unique_when_notebooks_share_headings()
    {
        NotebookRun Run(string name) => new()
        {
            Source = name + ".ipynb", Name = name,
            Executed = new Notebook
            {
                Path = name + ".ipynb",
                Cells =
                [
                    new NotebookCell { Id = "a", CellType = "markdown", Source = "# Question\n\n## Caveats\n\ntext" },
                    new NotebookCell { Id = "b", CellType = "markdown", Source = "## Caveats\n\nmore" },
                ],
            },
        };
        var html = ReportWriter.Render(new RunResult([Run("02-sourcing"), Run("03-framing")], [], "out", 1));

        var ids = Regex.Matches(html, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.Contains("nb-02-sourcing-caveats", ids);
        Assert.Contains("nb-02-sourcing-caveats-2", ids);
        Assert.Contains("nb-03-framing-question", ids);
        // the contents still link to each notebook's section
        Assert.Contains("href=\"#nb-03-framing\"", html);
        Assert.Contains("nb-03-framing", ids);
    }
}
