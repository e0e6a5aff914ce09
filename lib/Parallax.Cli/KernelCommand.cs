using Parallax.Kernel;
using Parallax.Kernel.Engine;
using Parallax.Kernel.Protocol;
using Parallax.Kernel.Spec;

namespace Parallax.Cli;

/// <summary>
/// <c>parallax kernel install [--user|--prefix DIR] [--name N] [--display-name T] [--corpus DIR] [--param k=v] [--no-images]</c>,
/// <c>parallax kernel uninstall [--user|--prefix DIR] [--name N]</c>, and
/// <c>parallax kernel --connection-file FILE [--corpus DIR] [--param k=v] [--no-images]</c> (what Jupyter runs).
/// </summary>
public static class KernelCommand
{
    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        try
        {
            return args.FirstOrDefault() switch
            {
                "install" => Install(args[1..], stdout),
                "uninstall" => Uninstall(args[1..], stdout, stderr),
                _ => Serve(args, stderr),
            };
        }
        catch (KernelException e)
        {
            stderr.WriteLine($"error: {e.Message}");
            return 2;
        }
    }

    private static int Serve(string[] args, TextWriter stderr)
    {
        var a = new CliArgs(args, "connection-file", "corpus", "param");
        a.Only("connection-file", "corpus", "param", "no-images");
        if (a.Positionals.Count > 0) throw new UsageException($"kernel: unknown argument '{a.Positionals[0]}' (install, uninstall or --connection-file FILE)");
        var file = a.Option("connection-file") ?? throw new UsageException("kernel needs --connection-file FILE (Jupyter passes it; to set the kernel up run 'parallax kernel install')");
        var info = ConnectionInfo.Read(file);
        var log = new KernelLog(stderr);
        Console.SetIn(TextReader.Null); // cells cannot prompt: no input_request support
        using (var session = new KernelSession(Directory.GetCurrentDirectory(), RunCommand.Parameters(a), images: !a.Flag("no-images")))
        {
            if (!a.Flag("no-images") && session.ImageProblem is { } problem) log.Write(problem + " (install chromium, or set PARALLAX_CHROMIUM)");
            using var server = new KernelServer(info, session, log);
            server.Run();
        }
        return 0;
    }

    private static int Install(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args, "prefix", "name", "display-name", "corpus", "param");
        a.Only("prefix", "user", "name", "display-name", "corpus", "param", "no-images");
        var options = new List<string>();
        foreach (var p in RunCommand.Parameters(a)) options.AddRange(["--param", $"{p.Key}={p.Value}"]);
        if (a.Flag("no-images")) options.Add("--no-images");
        var json = KernelSpec.Json(StartCommand(), options, a.Option("display-name") ?? KernelSpec.DisplayName);
        var path = KernelSpec.Install(Folder(a), a.Option("name") ?? KernelSpec.DefaultName, json);
        stdout.WriteLine($"installed kernelspec '{a.Option("name") ?? KernelSpec.DefaultName}' in {path}");
        stdout.WriteLine($"pick \"{json["display_name"]}\" as the kernel in VS Code (Select Kernel → Jupyter Kernel…) or JupyterLab");
        return 0;
    }

    private static int Uninstall(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = new CliArgs(args, "prefix", "name");
        a.Only("prefix", "user", "name");
        var name = a.Option("name") ?? KernelSpec.DefaultName;
        var removed = KernelSpec.Uninstall(Folder(a), name);
        if (removed is null)
        {
            stderr.WriteLine($"error: no kernelspec '{name}' in {KernelSpec.KernelsFolder(a.Option("prefix"))}");
            return 1;
        }
        stdout.WriteLine($"removed {removed}");
        return 0;
    }

    private static string Folder(CliArgs a)
    {
        if (a.Flag("user") && a.Option("prefix") is not null) throw new UsageException("kernel: give --user or --prefix DIR, not both");
        return KernelSpec.KernelsFolder(a.Option("prefix"));
    }

    /// <summary>
    /// How Jupyter starts this kit: the dotnet host (absolute path) and this assembly, so it works whatever PATH the
    /// front end has; an installed tool's own launcher otherwise.
    /// </summary>
    internal static IReadOnlyList<string> StartCommand()
    {
        var dll = typeof(KernelCommand).Assembly.Location;
        var dotnet = DotnetHost();
        if (dotnet is not null && File.Exists(dll)) return [dotnet, dll];
        return [Environment.ProcessPath ?? throw new KernelException("cannot tell how this program was started")];
    }

    private static string? DotnetHost()
    {
        var exe = OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet";
        if (Environment.ProcessPath is { } p && Path.GetFileName(p) == exe) return p;
        // The runtime in use lives in DOTNET_ROOT/shared/Microsoft.NETCore.App/VERSION/.
        var runtime = Path.GetDirectoryName(typeof(object).Assembly.Location);
        var root = runtime is null ? null : Path.GetFullPath(Path.Combine(runtime, "..", "..", ".."));
        var candidate = root is null ? null : Path.Combine(root, exe);
        return candidate is not null && File.Exists(candidate) ? candidate : null;
    }
}
