using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using Parallax.Charts;

namespace Parallax.Frames;

/// <summary>
/// A plain table (column names and rows of values): the data behind a chart, exported as CSV,
/// and the shape every frame or list of records is shown as (HTML and text).
/// </summary>
public sealed record TableData(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<object?>> Rows)
{
    /// <summary>Rows shown in HTML and text views before "… more rows".</summary>
    public const int ShownRows = 100;

    /// <summary>One column per public property of <typeparamref name="T"/>, one row per record.</summary>
    public static TableData FromRecords<T>(IEnumerable<T> records) => FromObjects(records.Cast<object?>(), typeof(T));

    /// <summary>Rows from objects of one type: public instance properties become columns.</summary>
    public static TableData FromObjects(IEnumerable<object?> records, Type type)
    {
        var props = type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0).ToArray();
        var rows = records.Select(r => (IReadOnlyList<object?>)props.Select(p => r is null ? null : p.GetValue(r)).ToArray()).ToList();
        return new TableData(props.Select(p => p.Name).ToArray(), rows);
    }

    /// <summary>
    /// Reads a displayable table from a Deedle frame, a <see cref="TableData"/>, or a sequence of records
    /// (objects with public properties); null for anything else.
    /// </summary>
    public static TableData? TryFrom(object? value)
    {
        switch (value)
        {
            case null or string: return null;
            case TableData t: return t;
        }
        var type = value.GetType();
        if (DeedleFrames.IsFrame(type)) return DeedleFrames.ToTable(value);
        if (value is IEnumerable seq && RecordElementType(type) is { } element)
            return FromObjects(seq.Cast<object?>(), element);
        return null;
    }

    private static Type? RecordElementType(Type type)
    {
        var element = type.IsArray ? type.GetElementType()
            : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];
        if (element is null || element.IsPrimitive || element == typeof(string) || element == typeof(decimal) || element == typeof(object)
            || element.IsEnum || typeof(IEnumerable).IsAssignableFrom(element) || element.FullName?.StartsWith("System.", StringComparison.Ordinal) == true)
            return null;
        return element.GetProperties(BindingFlags.Public | BindingFlags.Instance).Length > 0 ? element : null;
    }

    /// <summary>A cell value as invariant text (dates as ISO, numbers without grouping).</summary>
    public static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        DateTime d => d.TimeOfDay == TimeSpan.Zero ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : d.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        DateTimeOffset d => d.ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture),
        double d => d.ToString("0.####", CultureInfo.InvariantCulture),
        float f => f.ToString("0.####", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        IEnumerable e => string.Join("; ", e.Cast<object?>().Select(Text)),
        _ => value.ToString() ?? "",
    };

    /// <summary>RFC 4180 CSV with a header line; cells starting with = + - @ are prefixed with ' against spreadsheet formula injection.</summary>
    public string ToCsv()
    {
        var sb = new StringBuilder();
        sb.AppendJoin(',', Columns.Select(Cell)).Append("\r\n");
        foreach (var row in Rows) sb.AppendJoin(',', row.Select(v => Cell(Text(v)))).Append("\r\n");
        return sb.ToString();

        static string Cell(string s)
        {
            if (s.Length > 0 && s[0] is '=' or '+' or '@' or '\t' or '\r' || (s.Length > 1 && s[0] == '-' && !char.IsDigit(s[1]))) s = "'" + s;
            return s.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + s.Replace("\"", "\"\"") + "\"" : s;
        }
    }

    /// <summary>An HTML table, every value escaped; at most <see cref="ShownRows"/> rows.</summary>
    public string ToHtml()
    {
        var sb = new StringBuilder("<table class=\"parallax-table\"><thead><tr>");
        foreach (var c in Columns) sb.Append("<th>").Append(HtmlText.Escape(c)).Append("</th>");
        sb.Append("</tr></thead><tbody>");
        foreach (var row in Rows.Take(ShownRows))
        {
            sb.Append("<tr>");
            foreach (var v in row) sb.Append(v is int or long or double or float or decimal ? "<td style=\"text-align:right\">" : "<td>").Append(HtmlText.Escape(Text(v))).Append("</td>");
            sb.Append("</tr>");
        }
        sb.Append("</tbody></table>");
        if (Rows.Count > ShownRows) sb.Append("<p><em>").Append(Rows.Count - ShownRows).Append(" more rows</em></p>");
        return sb.ToString();
    }

    /// <summary>An aligned plain-text table; at most <see cref="ShownRows"/> rows, cells cut at 40 characters.</summary>
    public override string ToString()
    {
        var cells = Rows.Take(ShownRows).Select(r => r.Select(v => Cut(Text(v))).ToArray()).ToList();
        var widths = Columns.Select((c, i) => Math.Max(c.Length, cells.Select(r => i < r.Length ? r[i].Length : 0).DefaultIfEmpty(0).Max())).ToArray();
        var sb = new StringBuilder();
        sb.AppendJoin("  ", Columns.Select((c, i) => c.PadRight(widths[i]))).Append('\n');
        foreach (var r in cells) sb.AppendJoin("  ", r.Select((c, i) => c.PadRight(widths[i]))).Append('\n');
        if (Rows.Count > ShownRows) sb.Append($"… {Rows.Count - ShownRows} more rows\n");
        return sb.ToString().TrimEnd('\n');

        static string Cut(string s) => (s.Length > 40 ? s[..39] + "…" : s).Replace('\n', ' ');
    }
}
