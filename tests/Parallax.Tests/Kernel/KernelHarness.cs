using System.Diagnostics;
using System.Text.Json.Nodes;
using Parallax.Cli;
using Parallax.Tests.Support;

namespace Parallax.Tests.Kernel;

/// <summary>
/// A kernelspec installed with <c>parallax kernel install --prefix TEMP</c> (so it starts this build's CLI), and the
/// Python scripts that drive it with Debian's jupyter_client and nbclient (<c>/usr/bin/python3</c>).
/// </summary>
public sealed class KernelHarness : IDisposable
{
    public const string KernelName = "parallax-test";
    private static readonly string Scripts = Path.Combine(Repo.Root, "tests", "Parallax.Tests", "Kernel", "scripts");

    public TempDir Prefix { get; } = Repo.Temp();
    public string JupyterPath => Path.Combine(Prefix.Path, "share", "jupyter");
    public string SpecFolder => Path.Combine(JupyterPath, "kernels", KernelName);
    public string Log => Prefix.File("kernel.log");

    public KernelHarness()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(["kernel", "install", "--prefix", Prefix.Path, "--name", KernelName], stdout, stderr).GetAwaiter().GetResult();
        if (code != 0) throw new InvalidOperationException($"kernel install failed ({code}): {stderr}");
    }

    /// <summary>Runs a script of <c>Kernel/scripts</c>; returns exit code, stdout and stderr.</summary>
    public (int Code, string Stdout, string Stderr) Python(string script, params string[] args)
    {
        var psi = new ProcessStartInfo("/usr/bin/python3", [Path.Combine(Scripts, script), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Prefix.Path,
        };
        psi.Environment["JUPYTER_PATH"] = JupyterPath;
        psi.Environment["JUPYTER_DATA_DIR"] = Prefix.File("data");
        psi.Environment["JUPYTER_RUNTIME_DIR"] = Prefix.File("runtime");
        psi.Environment["PYTHONDONTWRITEBYTECODE"] = "1";
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(TimeSpan.FromMinutes(15))) { p.Kill(true); throw new TimeoutException($"{script} did not finish"); }
        return (p.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs one check of <c>kernel_checks.py</c> in a fresh working folder and returns its JSON result.</summary>
    public JsonObject Check(string check)
    {
        using var folder = Repo.Temp();
        var (code, stdout, stderr) = Python("kernel_checks.py", check, KernelName, folder.Path, Log);
        Assert.True(code == 0, $"kernel_checks.py {check} failed ({code}):\n{stderr}\nkernel log:\n{KernelLog()}");
        return JsonNode.Parse(stdout.Trim().Split('\n')[^1])!.AsObject();
    }

    public string KernelLog() => File.Exists(Log) ? File.ReadAllText(Log) : "";

    public void Dispose() => Prefix.Dispose();
}
