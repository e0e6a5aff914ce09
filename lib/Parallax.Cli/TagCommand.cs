using Parallax.Pipeline;
using Parallax.Tags;

namespace Parallax.Cli;

/// <summary><c>parallax tag [DIR] --json</c>: tags a corpus and prints the tags document.</summary>
public static class TagCommand
{
    public static int Run(string[] args, TextWriter stdout)
    {
        var a = new CliArgs(args);
        a.Only("json");
        var dir = a.Positionals.FirstOrDefault() ?? "seeds";
        var corpus = Corpus.Load(dir);
        var tags = TaggingPipeline.Default(dir).Run(corpus);
        stdout.WriteLine(TagsJson.Serialize(tags));
        return 0;
    }
}
