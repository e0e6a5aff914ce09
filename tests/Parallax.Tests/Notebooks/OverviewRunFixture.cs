using Parallax.Tests.Support;

namespace Parallax.Tests.Notebooks;

/// <summary>One run of notebooks/01-corpus-overview.ipynb on the seeds (with images when Chromium is installed), shared by tests.</summary>
public sealed class OverviewRunFixture : IDisposable
{
    public TempDir Out { get; } = Repo.Temp();
    public string Notebook { get; } = Path.Combine(Repo.Root, "notebooks", "01-corpus-overview.ipynb");
    public string SourceHashBefore { get; }
    public RunnerHarness.CliResult Result { get; }

    public OverviewRunFixture()
    {
        SourceHashBefore = RunnerHarness.Hash(Notebook);
        Result = RunnerHarness.Run(Notebook, "--out", Out.Path, "--quiet");
    }

    public string ChartsDir => Path.Combine(Out.Path, "charts", "01-corpus-overview");

    public void Dispose() => Out.Dispose();
}
