using System.Text.Encodings.Web;
using System.Text.Json;
using Parallax.Charts;

namespace Parallax.Notebooks.Run;

/// <summary>Writes <c>run.json</c>: per notebook and cell, status and seconds (schema <c>parallax.run/1</c>).</summary>
public static class RunJson
{
    public static string Serialize(RunResult result)
    {
        var doc = new Dictionary<string, object?>
        {
            ["schema"] = "parallax.run/1",
            ["finished"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ"),
            ["seconds"] = Math.Round(result.Seconds, 3),
            ["exit_code"] = result.ExitCode,
            ["warnings"] = result.Warnings,
            ["notebooks"] = result.Notebooks.Select(n => new Dictionary<string, object?>
            {
                ["notebook"] = n.Source,
                ["name"] = n.Name,
                ["output"] = n.Output is null ? null : Path.GetRelativePath(result.OutDir, n.Output).Replace('\\', '/'),
                ["status"] = n.Status,
                ["seconds"] = Math.Round(n.Seconds, 3),
                ["error"] = n.Error,
                ["cells"] = n.Cells.Select(c => new Dictionary<string, object?>
                {
                    ["cell"] = c.Cell,
                    ["status"] = c.Status.ToString().ToLowerInvariant(),
                    ["seconds"] = Math.Round(c.Seconds, 3),
                    ["error"] = c.Failure is null ? null : new Dictionary<string, object?>
                    {
                        ["kind"] = c.Failure.Kind, ["type"] = c.Failure.ExceptionType, ["message"] = c.Failure.Message,
                        ["line"] = c.Failure.Line, ["defined_in_cell"] = c.Failure.DefinedInCell,
                    },
                }).ToList(),
                ["charts"] = n.ChartFiles.Select(f => Path.GetRelativePath(result.OutDir, f).Replace('\\', '/')).ToList(),
            }).ToList(),
        };
        return JsonSerializer.Serialize(doc, new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    public static void Write(string path, RunResult result) => AtomicFile.WriteAllText(path, Serialize(result) + "\n");
}
