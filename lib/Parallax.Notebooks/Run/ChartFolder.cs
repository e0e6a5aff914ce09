using Parallax.Charts;
using Parallax.Notebooks.Display;

namespace Parallax.Notebooks.Run;

/// <summary>
/// Writes a notebook's charts into <c>charts/NAME/</c>: built in a temporary sibling folder, then swapped in, so the
/// folder is always either the previous run's or this run's, complete.
/// </summary>
public static class ChartFolder
{
    /// <summary>Returns the paths of the files written (in their final place).</summary>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<CollectedChart> charts)
    {
        var parent = Path.GetDirectoryName(folder)!;
        Directory.CreateDirectory(parent);
        var staging = Path.Combine(parent, "." + Path.GetFileName(folder) + ".new-" + Guid.NewGuid().ToString("N")[..8]);
        var old = Path.Combine(parent, "." + Path.GetFileName(folder) + ".old-" + Guid.NewGuid().ToString("N")[..8]);
        var written = new List<string>();
        try
        {
            Directory.CreateDirectory(staging);
            foreach (var c in charts)
                written.AddRange(ChartExport.SaveTo(staging, c.Chart, c.Name, c.Images, render: false));
            if (Directory.Exists(folder)) Directory.Move(folder, old);
            Directory.Move(staging, folder);
        }
        finally
        {
            if (Directory.Exists(staging)) Directory.Delete(staging, true);
            if (Directory.Exists(old)) Directory.Delete(old, true);
        }
        return written.Select(p => Path.Combine(folder, Path.GetFileName(p))).ToList();
    }
}
