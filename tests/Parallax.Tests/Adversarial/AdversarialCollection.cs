using Xunit.Abstractions;
using Xunit.Sdk;

namespace Parallax.Tests.Adversarial;

/// <summary>
/// The adversarial suite runs on its own (it calls <c>parallax run</c>, which changes the current folder, and it
/// creates thousands of files); when it ends the summary line is printed through xunit's diagnostic messages.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class AdversarialCollection : ICollectionFixture<SuiteSummary>
{
    public const string Name = "adversarial";
}

/// <summary>Prints <see cref="SuiteTally.Summary"/> once every test of the collection has run.</summary>
public sealed class SuiteSummary(IMessageSink sink) : IDisposable
{
    public void Dispose()
    {
        var line = SuiteTally.Summary();
        sink.OnMessage(new DiagnosticMessage(line));
        Console.WriteLine(line);
    }
}
