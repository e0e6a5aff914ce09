using System.Text.Json.Nodes;
using Parallax.Notebooks.Model;

namespace Parallax.Kernel.Engine;

/// <summary>The runner's cell outputs as Jupyter iopub messages (type and content).</summary>
public static class OutputMessages
{
    /// <summary><c>stream</c>, <c>display_data</c>, <c>execute_result</c> or <c>error</c>.</summary>
    public static (string Type, JsonObject Content) For(CellOutput output, int executionCount) => output switch
    {
        StreamOutput s => ("stream", new JsonObject { ["name"] = s.Name, ["text"] = s.Text }),
        DisplayOutput { IsResult: true } d => ("execute_result", new JsonObject { ["execution_count"] = executionCount, ["data"] = Data(d), ["metadata"] = new JsonObject() }),
        DisplayOutput d => ("display_data", new JsonObject { ["data"] = Data(d), ["metadata"] = new JsonObject(), ["transient"] = new JsonObject() }),
        ErrorOutput e => ("error", Error(e)),
        _ => throw new ArgumentException("unknown output " + output.GetType().Name),
    };

    /// <summary>ename, evalue and traceback of an error output.</summary>
    public static JsonObject Error(ErrorOutput e) => new()
    {
        ["ename"] = e.Name,
        ["evalue"] = e.Value,
        ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)t).ToArray()),
    };

    private static JsonObject Data(DisplayOutput d)
    {
        var data = new JsonObject();
        foreach (var (mime, value) in d.Data) data[mime] = value;
        return data;
    }
}
