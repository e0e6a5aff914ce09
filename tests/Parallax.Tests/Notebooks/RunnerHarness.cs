using System.Diagnostics;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Parallax.Cli;
using Parallax.Notebooks.Model;

namespace Parallax.Tests.Notebooks;

/// <summary>Runs <c>parallax run</c> in-process and builds small notebooks for tests.</summary>
public static class RunnerHarness
{
    public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

    public static CliResult Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(["run", .. args], stdout, stderr).GetAwaiter().GetResult();
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>A cell for <see cref="Write"/>: "code" or "markdown", its source and tags.</summary>
    public sealed record Cell(string Type, string Source, params string[] Tags);

    public static Cell Code(string source, params string[] tags) => new("code", source, tags);
    public static Cell Markdown(string source) => new("markdown", source);

    /// <summary>Writes a notebook file and returns its path.</summary>
    public static string Write(string folder, string name, params Cell[] cells)
    {
        var path = Path.Combine(folder, name + ".ipynb");
        var nb = new Notebook
        {
            Path = path,
            Cells = cells.Select((c, i) => new NotebookCell
            {
                Id = $"c{i + 1}",
                CellType = c.Type,
                Source = c.Source,
                Metadata = c.Tags.Length > 0 ? new JsonObject { ["tags"] = new JsonArray(c.Tags.Select(t => (JsonNode?)t).ToArray()) } : [],
            }).ToList(),
        };
        File.WriteAllText(path, NotebookFile.Serialize(nb));
        return path;
    }

    public static Notebook Executed(string outDir, string name) => NotebookFile.Read(Path.Combine(outDir, "notebooks", name + ".ipynb"));

    /// <summary>All text of a cell's outputs (plain text, HTML, stream text, error values).</summary>
    public static string OutputText(NotebookCell cell) => string.Join("\n", cell.Outputs.Select(o => o switch
    {
        StreamOutput s => s.Text,
        DisplayOutput d => string.Join("\n", d.Data.Where(kv => kv.Key != "image/png").Select(kv => kv.Value)),
        ErrorOutput e => e.Name + ": " + e.Value,
        _ => "",
    }));

    public static string Hash(string path) => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>Runs nbformat's validator (Debian's python3-nbformat) on a notebook; returns (exit code, output).</summary>
    public static (int Code, string Output) ValidateWithNbformat(string path)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3", ["-c", "import nbformat,sys; nbformat.validate(nbformat.read(sys.argv[1], as_version=4))", path])
        { RedirectStandardError = true, RedirectStandardOutput = true };
        using var p = Process.Start(psi)!;
        var output = p.StandardOutput.ReadToEnd() + p.StandardError.ReadToEnd();
        p.WaitForExit();
        return (p.ExitCode, output);
    }
}

/// <summary>Runner tests change the process's current folder while a notebook runs: they never run in parallel.</summary>
[CollectionDefinition("notebook runner", DisableParallelization = true)]
public sealed class NotebookRunnerCollection;
