using BenchmarkDotNet.Running;

namespace Parallax.Benchmarks;

/// <summary>
/// Runs the kit's benchmarks: <c>dotnet run -c Release --project tests/Parallax.Benchmarks -- --filter '*'</c>,
/// or <c>-- --quick</c> for a plain stopwatch measurement (no BenchmarkDotNet) of name extraction in words per second.
/// </summary>
public static class Program
{
    /// <summary>Entry point.</summary>
    public static int Main(string[] args)
    {
        // one core: the figures are per core, whatever the machine
        if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows()) System.Diagnostics.Process.GetCurrentProcess().ProcessorAffinity = 1;
        if (args.Contains("--quick")) return Quick();
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }

    // a quick measurement without BenchmarkDotNet's process setup
    private static int Quick()
    {
        var b = new NamesBenchmark();
        b.Setup();
        for (int i = 0; i < 5; i++) b.ExtractAndCluster();
        var sw = System.Diagnostics.Stopwatch.StartNew();
        int n = 0;
        while (sw.ElapsedMilliseconds < 3000) { b.ExtractAndCluster(); n++; }
        var perRun = sw.Elapsed.TotalSeconds / n;
        Console.WriteLine($"names: {b.Words} words, {perRun * 1000:F2} ms per run → {b.Words / perRun:N0} words/s (one core)");
        var t = new TaggersBenchmark();
        t.Setup();
        foreach (var (name, run) in new (string, Func<int>)[] { ("actor labels", t.Labels), ("event terms", t.EventTerms), ("hedges", t.Hedges), ("mentions + attributions + labels", t.Combined) })
        {
            run();
            sw.Restart();
            int k = 0;
            while (sw.ElapsedMilliseconds < 3000) { run(); k++; }
            var each = sw.Elapsed.TotalSeconds / k;
            Console.WriteLine($"{name}: {t.Words} words (synthetic), {each * 1000:F1} ms per run → {t.Words / each:N0} words/s (one core)");
        }
        return 0;
    }

    /// <summary>The sample corpus folder, found from the working directory or the binary's folder upwards.</summary>
    public static string SeedsFolder()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var d = new DirectoryInfo(start); d is not null; d = d.Parent)
                if (File.Exists(Path.Combine(d.FullName, "global.json")) && Directory.Exists(Path.Combine(d.FullName, "seeds")))
                    return Path.Combine(d.FullName, "seeds");
        throw new DirectoryNotFoundException("seeds folder not found (run from the repository)");
    }
}
