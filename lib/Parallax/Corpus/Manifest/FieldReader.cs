namespace Parallax.Loading;

/// <summary>Reads metadata fields from a YAML mapping (a manifest entry or front matter), checking names and values.</summary>
public static class FieldReader
{
    /// <summary>
    /// The fields of <paramref name="map"/>. A bad value is an error naming file, line, column and field; an unknown
    /// field is a warning (unless listed in <paramref name="alsoAllowed"/>).
    /// </summary>
    public static Dictionary<string, string?> Read(YamlMap map, string file, ICollection<CorpusWarning> warnings, params string[] alsoAllowed)
    {
        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (key, value) in map.Entries)
        {
            var name = key.Value!;
            if (alsoAllowed.Contains(name)) continue;
            if (!MetadataFields.IsKnown(name))
            {
                warnings.Add(new CorpusWarning(file, key.Line, $"unknown metadata field '{name}' ignored (known: {string.Join(", ", MetadataFields.All)})"));
                continue;
            }
            if (value is not YamlScalar s)
                throw new CorpusException(file, "expected a single value, not a list or mapping", value.Line, value.Column, name);
            fields[name] = Checked(name, s.Value, file, s.Line, s.Column);
        }
        return fields;
    }

    /// <summary>A trimmed, checked, canonical value (null stays null); a bad value is an error.</summary>
    public static string? Checked(string name, string? raw, string file, int? line, int? column)
    {
        var v = raw?.Trim();
        if (string.IsNullOrEmpty(v)) return null;
        if (MetadataFields.Problem(name, v) is { } problem) throw new CorpusException(file, problem, line, column, name);
        return MetadataFields.Canonical(name, v);
    }
}
