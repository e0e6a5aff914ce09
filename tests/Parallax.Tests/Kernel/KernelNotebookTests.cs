using Parallax.Notebooks.Model;
using Parallax.Notebooks.Run;
using Parallax.Tests.Notebooks;
using Parallax.Tests.Support;

namespace Parallax.Tests.Kernel;

/// <summary>
/// Every notebook of <c>notebooks/</c> runs through the kernel with nbclient, unchanged (setup cell included), with no
/// error and the same outputs as under the runner: same printed text, same tables, the same charts (with PNG images
/// whenever the runner has them).
/// </summary>
[Collection("notebook runner")]
public sealed class KernelNotebookTests(KernelHarness kernel) : IClassFixture<KernelHarness>
{
    public static TheoryData<string> Notebooks() => [.. Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Notebooks))]
    public void Notebook_runs_through_the_kernel_with_the_runners_outputs(string file)
    {
        var source = Path.Combine(Repo.Root, "notebooks", file);
        var name = Path.GetFileNameWithoutExtension(file);
        using var runnerOut = Repo.Temp();
        var run = RunnerHarness.Run(source, "--out", runnerOut.Path, "--quiet");
        Assert.True(run.ExitCode == 0, $"the runner failed on {file}: {run.Stderr}");
        var expected = RunnerHarness.Executed(runnerOut.Path, name);

        using var work = Repo.Temp();
        Notebook actual;
        try
        {
            var notebooks = MirrorRepository(work.Path);
            var output = work.File(name + ".executed.ipynb");
            var (code, _, stderr) = kernel.Python("execute_notebook.py", Path.Combine(notebooks, file), output, KernelHarness.KernelName, notebooks);
            Assert.True(code == 0, $"nbclient failed on {file} through the kernel:\n{stderr}\nkernel log:\n{kernel.KernelLog()}");
            actual = NotebookFile.Read(output);
        }
        finally
        {
            RemoveLinks(work.Path);
        }

        Assert.Equal(expected.Cells.Count, actual.Cells.Count);
        for (int i = 0; i < expected.Cells.Count; i++)
        {
            if (!expected.Cells[i].IsCode) continue;
            var (want, got) = (expected.Cells[i].Outputs, actual.Cells[i].Outputs);
            var where = $"{file}, cell {i + 1}";
            Assert.True(!got.OfType<ErrorOutput>().Any(), $"{where}: {string.Join("; ", got.OfType<ErrorOutput>().Select(e => e.Name + ": " + e.Value))}");
            Assert.Equal(Stream(want, "stdout"), Stream(got, "stdout"));
            Assert.Equal(Stream(want, "stderr"), Stream(got, "stderr"));
            Assert.Equal(Tables(want), Tables(got));
            var (wantCharts, gotCharts) = (Charts(want), Charts(got));
            Assert.True(wantCharts.Count == gotCharts.Count, $"{where}: {wantCharts.Count} charts under the runner, {gotCharts.Count} through the kernel");
            for (int c = 0; c < wantCharts.Count; c++)
            {
                Assert.Equal(wantCharts[c].Text, gotCharts[c].Text);
                Assert.Contains("Plotly.newPlot", gotCharts[c].Html ?? "");
                if (wantCharts[c].Data.ContainsKey("image/png")) Assert.True(gotCharts[c].Data.ContainsKey("image/png"), $"{where}: chart {c + 1} has no PNG");
            }
        }
        // The kernel's first chart output carries plotly.js, so the charts draw offline in any front end.
        var chartHtml = actual.Cells.SelectMany(c => Charts(c.Outputs)).Select(d => d.Html ?? "").ToList();
        if (chartHtml.Count > 0) Assert.Contains("<script", chartHtml[0]);
    }

    // The links go before the temporary folder is deleted, so nothing can reach through them into the repository.
    private static void RemoveLinks(string root)
    {
        foreach (var dir in new[] { root, Path.Combine(root, "repo") }.Where(Directory.Exists))
            foreach (var entry in Directory.EnumerateFileSystemEntries(dir).ToList())
                if (new FileInfo(entry).LinkTarget is not null)
                {
                    if (Directory.Exists(entry)) Directory.Delete(entry);
                    else File.Delete(entry);
                }
    }

    private static string Stream(IReadOnlyList<CellOutput> outputs, string name) =>
        string.Concat(outputs.OfType<StreamOutput>().Where(s => s.Name == name).Select(s => s.Text));

    private static bool IsChart(DisplayOutput d) => d.Text?.StartsWith("Chart: ", StringComparison.Ordinal) == true;

    private static List<DisplayOutput> Charts(IReadOnlyList<CellOutput> outputs) => outputs.OfType<DisplayOutput>().Where(IsChart).ToList();

    // Everything shown that is not a chart (tables, values), with its kind (display or result), HTML and text.
    private static List<string> Tables(IReadOnlyList<CellOutput> outputs) =>
        outputs.OfType<DisplayOutput>().Where(d => !IsChart(d)).Select(d => $"{(d.IsResult ? "result" : "display")}\n{d.Html}\n{d.Text}").ToList();

    // notebooks/ copied, every other entry of the repository (and the shared folder beside it) linked, so the notebooks'
    // relative paths resolve as in the repository while their exports stay in the temporary folder.
    private static string MirrorRepository(string root)
    {
        var repo = Path.Combine(root, "repo");
        var notebooks = Path.Combine(repo, "notebooks");
        Directory.CreateDirectory(notebooks);
        foreach (var entry in Directory.EnumerateFileSystemEntries(Repo.Root))
        {
            var entryName = Path.GetFileName(entry);
            if (entryName is "notebooks" or ".git") continue;
            if (Directory.Exists(entry)) Directory.CreateSymbolicLink(Path.Combine(repo, entryName), entry);
            else File.CreateSymbolicLink(Path.Combine(repo, entryName), entry);
        }
        foreach (var f in Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"))) File.Copy(f, Path.Combine(notebooks, Path.GetFileName(f)));
        var shared = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared"));
        if (Directory.Exists(shared)) Directory.CreateSymbolicLink(Path.Combine(root, "shared"), shared);
        return notebooks;
    }
}
