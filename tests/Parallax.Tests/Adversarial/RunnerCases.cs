using System.Text.Json;
using Parallax.Notebooks.Model;
using Parallax.Tests.Support;
using static Parallax.Tests.Adversarial.HostileText;
using static Parallax.Tests.Notebooks.RunnerHarness;

namespace Parallax.Tests.Adversarial;

/// <summary>Hostile conditions for the CLI's writers: read-only output, broken notebooks, endless cells, two runs at once.</summary>
[Collection(AdversarialCollection.Name)]
public class RunnerCases
{
    private static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(3);

    [Fact]
    public void A_read_only_output_folder_gives_a_clear_error_and_writes_nothing() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "quick", Code("1 + 1"));
        Put(dir, "corpus/a.txt", Story);
        using var ro = new ReadOnlyFolder(dir.File("ro"));
        if (ro.Writable) return; // neither permissions nor chattr can stop this user: nothing to test
        var run = HostileCli.Run(RunLimit, "run", nb, "--out", ro.Path, "--quiet", "--no-images");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains(ro.Path, run.Stderr);
        var framing = HostileCli.Run("framing", dir.File("corpus"), "--out", Path.Combine(ro.Path, "framing.json"));
        Assert.NotEqual(0, framing.ExitCode);
        Assert.Contains(ro.Path, framing.Stderr);
        var synth = HostileCli.Run("synth", "--articles", "3", "--out", Path.Combine(ro.Path, "synth"));
        Assert.NotEqual(0, synth.ExitCode);
        Assert.Contains(ro.Path, synth.Stderr);
        Assert.Empty(Directory.EnumerateFileSystemEntries(ro.Path));
    });

    [Fact]
    public void Malformed_notebooks_fail_by_name_and_line_while_the_others_run() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var good = Write(dir.Path, "a-good", Code("Console.WriteLine(\"fine\");"));
        var broken = new Dictionary<string, byte[]>
        {
            ["b-truncated"] = "{\n \"cells\": [\n  {\"cell_type\": \"code\", \"source\": \"1\"\n"u8.ToArray(),
            ["c-array"] = "[1, 2, 3]\n"u8.ToArray(),
            ["d-cells-string"] = "{\"cells\": \"not a list\", \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"u8.ToArray(),
            ["e-noise"] = RandomBytes(5, 3000),
            ["f-empty"] = [],
            ["g-deep"] = System.Text.Encoding.UTF8.GetBytes(new string('[', 100_000)),
            ["h-cell-type"] = "{\"cells\": [{\"cell_type\": 42, \"source\": [1, 2]}], \"metadata\": {}, \"nbformat\": 4, \"nbformat_minor\": 5}"u8.ToArray(),
        };
        var paths = broken.Select(kv => Put(dir, kv.Key + ".ipynb", kv.Value)).ToList();
        var r = HostileCli.Run(RunLimit, ["run", good, .. paths, "--out", dir.File("out"), "--quiet", "--no-images"]);
        Assert.Equal(1, r.ExitCode);
        foreach (var name in broken.Keys) Assert.Contains(name + ".ipynb", r.Stderr);
        Assert.Contains("b-truncated.ipynb:", r.Stderr);
        Assert.Equal("fine\n", OutputText(Executed(dir.File("out"), "a-good").Cells[0]));
        foreach (var name in broken.Keys) Assert.False(File.Exists(Path.Combine(dir.File("out"), "notebooks", name + ".ipynb")), name);
        RunOutputs.AssertComplete(dir.File("out"));
    });

    [Fact]
    public void A_cell_that_never_ends_is_stopped_by_the_cell_timeout_and_the_outputs_are_whole() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var nb = Write(dir.Path, "endless", Code("Console.WriteLine(\"before\");"), Code("while (true) { }"), Code("Console.WriteLine(\"after\");"));
        var r = HostileCli.Run(RunLimit, "run", nb, "--out", dir.File("out"), "--quiet", "--no-images", "--cell-timeout", "2");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("endless.ipynb: cell 2", r.Stderr);
        var cells = Executed(dir.File("out"), "endless").Cells;
        Assert.Equal("before\n", OutputText(cells[0]));
        Assert.Contains("2 seconds", OutputText(cells[1]));
        Assert.Empty(cells[2].Outputs);
        RunOutputs.AssertComplete(dir.File("out"));
    });

    [Fact]
    public void Two_runs_into_one_output_folder_one_waits_one_fails_clearly_and_nothing_is_corrupt() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var slow = Write(dir.Path, "slow", Code("System.Threading.Thread.Sleep(6000);\nConsole.WriteLine(\"slow done\");"));
        var quick = Write(dir.Path, "quick", Code("Console.WriteLine(\"quick done\");"));
        var outDir = dir.File("out");
        var first = Task.Run(() => HostileCli.Run(RunLimit, "run", slow, "--out", outDir, "--quiet", "--no-images"));
        var lockFile = Path.Combine(outDir, ".parallax.lock");
        Hostile.Bounded("the first run taking the lock", () => { while (!File.Exists(lockFile) && !first.IsCompleted) Thread.Sleep(20); return 0; });
        var impatient = HostileCli.Run(RunLimit, "run", quick, "--out", outDir, "--quiet", "--no-images", "--lock-wait", "1");
        var patient = Task.Run(() => HostileCli.Run(RunLimit, "run", quick, "--out", outDir, "--quiet", "--no-images"));
        var a = Hostile.Bounded("the first run", () => first.GetAwaiter().GetResult(), RunLimit);
        var c = Hostile.Bounded("the waiting run", () => patient.GetAwaiter().GetResult(), RunLimit);
        Assert.True(a.ExitCode == 0, a.Stderr);
        Assert.Equal(1, impatient.ExitCode);
        Assert.Contains("another parallax run is writing to", impatient.Stderr);
        Assert.True(c.ExitCode == 0, c.Stderr);
        Assert.Equal("slow done\n", OutputText(Executed(outDir, "slow").Cells[0]));
        Assert.Equal("quick done\n", OutputText(Executed(outDir, "quick").Cells[0]));
        RunOutputs.AssertComplete(outDir);
        using var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "run.json")));
        Assert.Equal("quick", run.RootElement.GetProperty("notebooks")[0].GetProperty("name").GetString());
    });
}

/// <summary>Checks that a run's outputs are whole.</summary>
public static class RunOutputs
{
    /// <summary>run.json and report.html are whole: run.json parses, the report ends with its closing tag; no temporary file is left.</summary>
    public static void AssertComplete(string outDir)
    {
        using (var run = JsonDocument.Parse(File.ReadAllText(Path.Combine(outDir, "run.json"))))
            Assert.Equal("parallax.run/1", run.RootElement.GetProperty("schema").GetString());
        Assert.EndsWith("</html>", File.ReadAllText(Path.Combine(outDir, "report.html")).TrimEnd());
        foreach (var nb in Directory.EnumerateFiles(outDir, "*.ipynb", SearchOption.AllDirectories)) NotebookFile.Read(nb);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(outDir, "*", SearchOption.AllDirectories),
            p => Path.GetFileName(p).Contains(".tmp", StringComparison.Ordinal));
    }
}
