using System.Text.Json;
using Parallax.Synth;
using Parallax.Tests.Support;

namespace Parallax.Tests.Synth;

/// <summary>One synthetic corpus (600 txt articles) shared by the tests of a class, with its truth file parsed.</summary>
public sealed class SynthCorpusFixture : IDisposable
{
    public const int Articles = 600;
    private readonly TempDir _temp = Repo.Temp();

    public SynthCorpusFixture()
    {
        Dir = Path.Combine(_temp.Path, "corpus");
        Summary = SyntheticCorpus.Write(Dir, new SynthOptions { Articles = Articles, Seed = 11, FilesPerFolder = 250 });
        Truth = JsonDocument.Parse(File.ReadAllText(Path.Combine(Dir, "synth.truth.json"))).RootElement;
    }

    public string Dir { get; }
    public SynthSummary Summary { get; }
    public JsonElement Truth { get; }

    public IEnumerable<JsonElement> TruthArticles => Truth.GetProperty("articles").EnumerateArray();

    public JsonElement TruthArticle(string id) => TruthArticles.First(a => a.GetProperty("id").GetString() == id);

    public string Text(JsonElement truthArticle) => File.ReadAllText(Path.Combine(Dir, truthArticle.GetProperty("file").GetString()!));

    public void Dispose() => _temp.Dispose();
}
