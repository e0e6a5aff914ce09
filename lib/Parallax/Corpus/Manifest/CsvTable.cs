using System.Text;

namespace Parallax.Loading;

/// <summary>A CSV table (RFC 4180: commas or semicolons, double quotes, quoted line breaks) with each row's line number.</summary>
public static class CsvTable
{
    /// <summary>Rows as cell lists, each with the 1-based line where it starts. Blank lines are skipped.</summary>
    public static IEnumerable<(int Line, IReadOnlyList<string> Cells)> Read(string text, string file)
    {
        var firstLine = text.AsSpan(0, Math.Max(0, text.IndexOf('\n') is var n and >= 0 ? n : text.Length));
        char sep = firstLine.Count(';') > firstLine.Count(',') ? ';' : firstLine.Count('\t') > firstLine.Count(',') ? '\t' : ',';
        int line = 1, i = 0;
        while (i < text.Length)
        {
            int start = line;
            var cells = new List<string>();
            var cell = new StringBuilder();
            bool quoted = false, wasQuoted = false;
            for (; i < text.Length; i++)
            {
                char c = text[i];
                if (quoted)
                {
                    if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                    else if (c == '"') quoted = false;
                    else { if (c == '\n') line++; cell.Append(c); }
                }
                else if (c == '"' && cell.Length == 0 && !wasQuoted) { quoted = wasQuoted = true; }
                else if (c == sep) { cells.Add(cell.ToString()); cell.Clear(); wasQuoted = false; }
                else if (c == '\n') { i++; line++; break; }
                else if (c != '\r') cell.Append(c);
            }
            if (quoted) throw new CorpusException(file, "a quoted cell is never closed", start);
            cells.Add(cell.ToString());
            if (cells.Count == 1 && cells[0].Trim().Length == 0) continue;
            yield return (start, cells);
        }
    }
}
