using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parallax.Notebooks.Model;

/// <summary>Reads and writes .ipynb files (nbformat 4.5, with Polyglot Notebooks metadata).</summary>
public static class NotebookFile
{
    private static readonly JsonSerializerOptions WriteOptions = new() { WriteIndented = true, IndentSize = 1, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Reads a notebook; a malformed file raises <see cref="NotebookFormatException"/> naming the file and line.</summary>
    public static Notebook Read(string path)
    {
        string text;
        try { text = File.ReadAllText(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new NotebookFormatException(path, e.Message); }
        return Parse(text, path);
    }

    /// <summary>Parses notebook JSON; <paramref name="path"/> names it in errors.</summary>
    public static Notebook Parse(string json, string path)
    {
        JsonNode? root;
        try { root = JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { AllowTrailingCommas = true, MaxDepth = 256 }); }
        catch (JsonException e) { throw new NotebookFormatException(path, "malformed JSON: " + FirstSentence(e.Message), e.LineNumber + 1); }
        if (root is not JsonObject nb) throw new NotebookFormatException(path, "not a notebook: the top level is not a JSON object");
        int major = Int(nb["nbformat"]) ?? throw new NotebookFormatException(path, "not a notebook: no 'nbformat' field");
        if (major != 4) throw new NotebookFormatException(path, $"nbformat {major} is not supported (need 4)");
        if (nb["cells"] is not JsonArray cells) throw new NotebookFormatException(path, "not a notebook: no 'cells' array");
        var list = new List<NotebookCell>();
        var ids = new HashSet<string>();
        for (int i = 0; i < cells.Count; i++)
        {
            if (cells[i] is not JsonObject c) throw new NotebookFormatException(path, $"cell {i + 1} is not a JSON object");
            var type = Str(c["cell_type"]) ?? throw new NotebookFormatException(path, $"cell {i + 1} has no cell_type");
            var id = Str(c["id"]);
            if (id is null || !ValidId(id) || !ids.Add(id)) { id = NewId(ids); ids.Add(id); }
            var extra = new JsonObject();
            foreach (var (k, v) in c)
                if (k is not ("cell_type" or "id" or "source" or "metadata" or "outputs" or "execution_count")) extra[k] = v?.DeepClone();
            list.Add(new NotebookCell
            {
                Id = id,
                CellType = type,
                Source = Source(c["source"]),
                Metadata = c["metadata"] as JsonObject is { } m ? (JsonObject)m.DeepClone() : [],
                ExecutionCount = Int(c["execution_count"]),
                Outputs = c["outputs"] is JsonArray outs ? outs.OfType<JsonObject>().Select(ReadOutput).OfType<CellOutput>().ToList() : [],
                Extra = extra,
            });
        }
        return new Notebook
        {
            Path = path,
            Cells = list,
            Metadata = nb["metadata"] is JsonObject md ? (JsonObject)md.DeepClone() : [],
            NbFormat = 4,
            NbFormatMinor = Math.Max(5, Int(nb["nbformat_minor"]) ?? 5),
        };
    }

    /// <summary>The notebook as nbformat 4.5 JSON with Polyglot metadata (kernelspec <c>.net-csharp</c>, kernel info, per-cell kernel names).</summary>
    public static string Serialize(Notebook notebook)
    {
        var cells = new JsonArray();
        foreach (var c in notebook.Cells)
        {
            var o = new JsonObject { ["cell_type"] = c.CellType, ["id"] = c.Id };
            var meta = (JsonObject)c.Metadata.DeepClone();
            if (c.IsCode) PolyglotMetadata.ApplyToCell(meta, c.KernelName);
            o["metadata"] = meta;
            o["source"] = Lines(c.Source);
            if (c.IsCode)
            {
                o["execution_count"] = c.ExecutionCount;
                o["outputs"] = new JsonArray(c.Outputs.Select(OutputJson).ToArray());
            }
            if (!c.IsCode && c.Extra["attachments"] is { } att) o["attachments"] = att.DeepClone();
            cells.Add(o);
        }
        var metadata = (JsonObject)notebook.Metadata.DeepClone();
        PolyglotMetadata.ApplyToNotebook(metadata);
        var root = new JsonObject { ["cells"] = cells, ["metadata"] = metadata, ["nbformat"] = 4, ["nbformat_minor"] = 5 };
        return root.ToJsonString(WriteOptions) + "\n";
    }

    private static CellOutput? ReadOutput(JsonObject o) => Str(o["output_type"]) switch
    {
        "stream" => new StreamOutput(Str(o["name"]) ?? "stdout", Source(o["text"])),
        "display_data" => new DisplayOutput(ReadData(o["data"])),
        "execute_result" => new DisplayOutput(ReadData(o["data"]), true, Int(o["execution_count"])),
        "error" => new ErrorOutput(Str(o["ename"]) ?? "", Str(o["evalue"]) ?? "",
            o["traceback"] is JsonArray tb ? tb.Select(t => Str(t) ?? "").ToList() : []),
        _ => null,
    };

    private static Dictionary<string, string> ReadData(JsonNode? data) =>
        data is JsonObject d ? d.Where(kv => kv.Value is JsonArray or JsonValue).ToDictionary(kv => kv.Key, kv => Source(kv.Value)) : [];

    private static JsonNode OutputJson(CellOutput output) => output switch
    {
        StreamOutput s => new JsonObject { ["output_type"] = "stream", ["name"] = s.Name, ["text"] = Lines(s.Text) },
        DisplayOutput d when d.IsResult => new JsonObject { ["output_type"] = "execute_result", ["data"] = Data(d), ["execution_count"] = d.ExecutionCount, ["metadata"] = new JsonObject() },
        DisplayOutput d => new JsonObject { ["output_type"] = "display_data", ["data"] = Data(d), ["metadata"] = new JsonObject() },
        ErrorOutput e => new JsonObject { ["output_type"] = "error", ["ename"] = e.Name, ["evalue"] = e.Value, ["traceback"] = new JsonArray(e.Traceback.Select(t => (JsonNode?)JsonValue.Create(t)).ToArray()) },
        _ => throw new ArgumentException("unknown output " + output.GetType().Name),
    };

    private static JsonObject Data(DisplayOutput d)
    {
        var o = new JsonObject();
        foreach (var (mime, value) in d.Data) o[mime] = mime.StartsWith("image/png", StringComparison.Ordinal) ? JsonValue.Create(value) : Lines(value);
        return o;
    }

    /// <summary>Text as nbformat's list of lines, each keeping its line break.</summary>
    public static JsonArray Lines(string text)
    {
        var a = new JsonArray();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
            if (text[i] == '\n') { a.Add(text[start..(i + 1)]); start = i + 1; }
        if (start < text.Length) a.Add(text[start..]);
        return a;
    }

    private static string Source(JsonNode? node) => node switch
    {
        null => "",
        JsonArray a => string.Concat(a.Select(x => x?.GetValue<string>() ?? "")),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => "",
    };

    private static string? Str(JsonNode? n) => n is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
    private static int? Int(JsonNode? n) => n is JsonValue v && v.TryGetValue<int>(out var i) ? i : null;
    private static bool ValidId(string id) => id.Length is > 0 and <= 64 && id.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');
    private static string FirstSentence(string m) { var i = m.IndexOf(". ", StringComparison.Ordinal); return i > 0 ? m[..i] : m; }

    private static string NewId(HashSet<string> used)
    {
        string id;
        do id = Guid.NewGuid().ToString("N")[..8]; while (used.Contains(id));
        return id;
    }

    /// <summary>Writes a notebook atomically (temporary file, then rename).</summary>
    public static void Write(Notebook notebook, string path) => Parallax.Charts.AtomicFile.WriteAllText(path, Serialize(notebook));

    /// <summary>Encoding used for notebooks.</summary>
    public static Encoding Encoding { get; } = new UTF8Encoding(false);
}
