using Parallax.Pipeline;
using Parallax.Tags;

namespace Parallax.Tests.Adversarial;

/// <summary>What loading, tagging and serialising one hostile corpus folder gave: the tags and their JSON, or the error.</summary>
public sealed record Outcome(Corpus? Corpus, CorpusTags? Tags, string? Json, CorpusException? Error)
{
    /// <summary>The loaded corpus; fails the test when loading stopped with an error.</summary>
    public Corpus Loaded => Corpus ?? throw new Xunit.Sdk.XunitException("the corpus did not load: " + Error?.Message);

    /// <summary>The load error; fails the test when the corpus loaded.</summary>
    public CorpusException Refused => Error ?? throw new Xunit.Sdk.XunitException("the corpus loaded, but an error was expected");

    /// <summary>All warnings as "file:line: message" lines.</summary>
    public string WarningText => string.Join("\n", Corpus?.Warnings.Select(w => w.ToString()) ?? []);
}

/// <summary>
/// Drives the kit on hostile input and checks what every case must hold: it ends (within <see cref="Deadline"/>,
/// awaited on a task, not a speed assertion), the only exception is a <see cref="CorpusException"/> naming a file,
/// every warning names a file, the corpus folder is byte-for-byte unchanged, and the output is complete or absent.
/// </summary>
public static class Hostile
{
    /// <summary>The longest any single case may take before it counts as a hang.</summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(90);

    /// <summary>Loads, tags and serialises <paramref name="folder"/>.</summary>
    public static Outcome Process(string folder, CorpusOptions? options = null)
    {
        var before = TreeHash.Of(folder);
        var outcome = Bounded($"loading and tagging {folder}", () => ProcessNow(folder, options));
        Assert.True(before == TreeHash.Of(folder), $"the corpus folder {folder} changed");
        if (outcome.Error is { } e)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.File), "error without a file: " + e.Message);
            Assert.Contains(e.File, e.Message);
            Assert.Null(outcome.Json);
        }
        else
        {
            Assert.All(outcome.Corpus!.Warnings, w => Assert.False(string.IsNullOrWhiteSpace(w.File), "warning without a file: " + w));
            Assert.Empty(SpanRules.Problems(outcome.Tags!));
            Assert.Empty(TagsJsonCheck.Problems(outcome.Tags!, outcome.Json!));
        }
        return outcome;
    }

    /// <summary>Runs <paramref name="work"/> on a task and waits at most <paramref name="limit"/> for it; exceptions pass through.</summary>
    public static T Bounded<T>(string what, Func<T> work, TimeSpan? limit = null)
    {
        var wait = limit ?? Deadline;
        var task = Task.Run(work);
        if (Task.WhenAny(task, Task.Delay(wait)).GetAwaiter().GetResult() != task)
            Assert.Fail($"{what} did not finish within {wait.TotalSeconds:0} s (hang)");
        return task.GetAwaiter().GetResult();
    }

    private static Outcome ProcessNow(string folder, CorpusOptions? options)
    {
        Corpus corpus;
        try { corpus = Corpus.Load(folder, options); }
        catch (CorpusException e) { return new Outcome(null, null, null, e); }
        try
        {
            var tags = TaggingPipeline.Default(folder).Run(corpus);
            return new Outcome(corpus, tags, TagsJson.Serialize(tags), null);
        }
        catch (CorpusException e) { return new Outcome(null, null, null, e); } // a knowledge file in the folder is malformed

    }
}
