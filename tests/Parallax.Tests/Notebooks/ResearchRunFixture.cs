using Parallax.Tests.Support;

namespace Parallax.Tests.Notebooks;

/// <summary>
/// One run of the README's main command on the seeds (every notebook in notebooks/, images included when Chromium is
/// installed), shared by the research notebook tests.
/// </summary>
public sealed class ResearchRunFixture : IDisposable
{
    /// <summary>The research notebooks and how many charts each exports.</summary>
    public static IReadOnlyDictionary<string, int> ChartCounts { get; } = new Dictionary<string, int>
    {
        ["02-source-attribution"] = 5, ["03-naming-variants"] = 3, ["04-framing"] = 5, ["05-accounts-and-reuse"] = 2,
    };

    public TempDir Out { get; } = Repo.Temp();
    public string NotebookFolder { get; } = Path.Combine(Repo.Root, "notebooks");
    public IReadOnlyDictionary<string, string> HashesBefore { get; }
    public RunnerHarness.CliResult Result { get; }

    public ResearchRunFixture()
    {
        HashesBefore = Directory.GetFiles(NotebookFolder, "*.ipynb").ToDictionary(f => f, RunnerHarness.Hash);
        Result = RunnerHarness.Run(NotebookFolder, "--out", Out.Path, "--quiet");
    }

    public string ChartsDir(string notebook) => Path.Combine(Out.Path, "charts", notebook);

    public string Executed(string notebook) => Path.Combine(Out.Path, "notebooks", notebook + ".ipynb");

    public void Dispose() => Out.Dispose();
}

/// <summary>
/// Notebooks 02 and 03 run with <c>--corpus</c> on a copy of the seeds plus one article written here: a new spelling of a
/// sample person and a new outlet cited as a source (no images: only the CSV data is checked).
/// </summary>
public sealed class NewArticleRunFixture : IDisposable
{
    public const string NewSpelling = "Kiumars Pourhashimi";
    public const string NewOutlet = "Caspian Ledger";

    public TempDir Corpus { get; } = Repo.Temp().CopyFrom(Repo.Seeds);
    public TempDir Out { get; } = Repo.Temp();
    public RunnerHarness.CliResult Result { get; }

    public NewArticleRunFixture()
    {
        File.WriteAllText(Corpus.File("900_new-report.md"), $"""
            ---
            title: "Questions remain over commander's death in Aleppo"
            outlet: "Northline Review"
            published: "2024-12-30"
            language: en
            event: "pourhashemi-2024"
            ---
            Questions remain over commander's death in Aleppo

            The death of {NewSpelling}, a senior adviser of the Quds Force, is still disputed a month after it was announced.

            According to the {NewOutlet}, Pourhashimi was shot during a meeting in Aleppo by an officer of the Syrian army.

            The {NewOutlet} said the account came from two people present at the meeting, whom it did not name.

            """);
        var nb = Path.Combine(Repo.Root, "notebooks");
        Result = RunnerHarness.Run(Path.Combine(nb, "02-source-attribution.ipynb"), Path.Combine(nb, "03-naming-variants.ipynb"),
            "--corpus", Corpus.Path, "--out", Out.Path, "--quiet", "--no-images");
    }

    public string Chart(string notebook, string file) => Path.Combine(Out.Path, "charts", notebook, file);

    public void Dispose()
    {
        Out.Dispose();
        Corpus.Dispose();
    }
}
