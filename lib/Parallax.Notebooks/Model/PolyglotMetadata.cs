using System.Text.Json.Nodes;

namespace Parallax.Notebooks.Model;

/// <summary>The metadata Polyglot Notebooks (and Jupyter) expect on a C# notebook and its cells.</summary>
public static class PolyglotMetadata
{
    public const string KernelSpecName = ".net-csharp";

    /// <summary>Sets kernelspec, language_info and polyglot_notebook.kernelInfo, keeping other metadata.</summary>
    public static void ApplyToNotebook(JsonObject metadata)
    {
        metadata["kernelspec"] = new JsonObject { ["display_name"] = ".NET (C#)", ["language"] = "C#", ["name"] = KernelSpecName };
        if (metadata["language_info"] is not JsonObject)
            metadata["language_info"] = new JsonObject { ["name"] = "polyglot-notebook" };
        metadata["polyglot_notebook"] = new JsonObject
        {
            ["kernelInfo"] = new JsonObject
            {
                ["defaultKernelName"] = "csharp",
                ["items"] = new JsonArray(new JsonObject { ["aliases"] = new JsonArray(), ["languageName"] = "C#", ["name"] = "csharp" }),
            },
        };
    }

    /// <summary>Sets the cell's <c>polyglot_notebook.kernelName</c> (and the older <c>dotnet_interactive.language</c>).</summary>
    public static void ApplyToCell(JsonObject metadata, string kernelName)
    {
        metadata["dotnet_interactive"] = new JsonObject { ["language"] = kernelName };
        metadata["polyglot_notebook"] = new JsonObject { ["kernelName"] = kernelName };
    }
}
