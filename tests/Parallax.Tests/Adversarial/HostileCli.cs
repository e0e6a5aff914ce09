using Parallax.Cli;

namespace Parallax.Tests.Adversarial;

/// <summary>Runs the <c>parallax</c> CLI in-process (bounded in time) and checks it never dies with a stack trace.</summary>
public static class HostileCli
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    public static Result Run(params string[] args) => Run(Hostile.Deadline, args);

    public static Result Run(TimeSpan limit, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = Hostile.Bounded("parallax " + string.Join(' ', args), () => CliApp.RunAsync(args, stdout, stderr).GetAwaiter().GetResult(), limit);
        var result = new Result(code, stdout.ToString(), stderr.ToString());
        Assert.DoesNotContain("   at ", result.Stderr);
        if (code != 0) Assert.Contains("error: ", result.Stderr);
        return result;
    }

    /// <summary><c>parallax tag DIR</c>.</summary>
    public static Result Tag(string folder) => Run("tag", folder);
}
