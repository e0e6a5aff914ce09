namespace Parallax.Tests.Support;

/// <summary>Paths of the repository, the sample corpus and the shared gold file.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The hand annotation of the sample corpus, kept beside the repository.</summary>
    /// <remarks>Looked for in <c>PARALLAX_GOLD</c>, then in <c>shared/gold/</c> beside the repository or beside any of its parents.</remarks>
    public static string GoldFile { get; } = FindGold();

    private static string FindGold()
    {
        if (Environment.GetEnvironmentVariable("PARALLAX_GOLD") is { Length: > 0 } env) return Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(Root).Parent; dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared", "gold", "seeds.gold.json");
            if (File.Exists(candidate)) return candidate;
        }
        return Path.GetFullPath(Path.Combine(Root, "..", "shared", "gold", "seeds.gold.json"));
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "global.json"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root (global.json) not found");
    }

    /// <summary>A fresh temporary folder, deleted when disposed.</summary>
    public static TempDir Temp() => new();
}

/// <summary>A temporary folder that removes itself.</summary>
public sealed class TempDir : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "parallax-test-" + Guid.NewGuid().ToString("N")[..12]);

    public TempDir() => Directory.CreateDirectory(Path);

    public string File(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>Copies a folder's files into this one.</summary>
    public TempDir CopyFrom(string folder)
    {
        foreach (var f in Directory.GetFiles(folder)) System.IO.File.Copy(f, File(System.IO.Path.GetFileName(f)));
        return this;
    }

    public void Dispose()
    {
        try
        {
            foreach (var f in Directory.EnumerateFileSystemEntries(Path, "*", SearchOption.AllDirectories))
                try { System.IO.File.SetAttributes(f, FileAttributes.Normal); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            Directory.Delete(Path, true);
        }
        catch (IOException) { }
        catch (UnauthorizedAccessException) { }
    }
}
