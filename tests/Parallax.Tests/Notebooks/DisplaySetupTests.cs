using Parallax.Frames;
using Plotly.NET;

namespace Parallax.Tests.Notebooks
{
    public class DisplaySetupTests
    {
        [Fact]
        public void Setup_registers_html_formatters_with_dotnet_interactive_found_by_reflection()
        {
            Microsoft.DotNet.Interactive.Formatting.Formatter.Registered.Clear();
            Assert.True(Parallax.Charts.InteractiveFormatters.Register());
            var registered = Microsoft.DotNet.Interactive.Formatting.Formatter.Registered;
            Assert.Contains(registered, r => r.Type == typeof(GenericChart) && r.Mime == "text/html");
            Assert.Contains(registered, r => r.Type == typeof(Deedle.Frame<,>));
            var table = registered.Single(r => r.Type == typeof(TableData));
            var w = new StringWriter();
            table.Format(new TableData(["a"], [["<b>x</b>"]]), w);
            Assert.Contains("&lt;b&gt;x&lt;/b&gt;", w.ToString());
            var chart = registered.Single(r => r.Type == typeof(GenericChart));
            var cw = new StringWriter();
            chart.Format(Parallax.Charts.StackedBarChart.Build([new("a", "b", 1)], "t", "x", "y"), cw);
            Assert.Contains("Plotly.newPlot", cw.ToString());
        }
    }
}

// A stand-in with the shape of .NET Interactive's Formatter, so the reflection path is exercised without the package.
namespace Microsoft.DotNet.Interactive.Formatting
{
    public static class Formatter
    {
        public static List<(Type Type, Action<object, TextWriter> Format, string Mime)> Registered { get; } = [];

        public static void Register(Type type, Action<object, TextWriter> formatter, string mimeType = "text/plain", bool addToDefaults = false) =>
            Registered.Add((type, formatter, mimeType));

        public static void SetPreferredMimeTypeFor(Type type, string preferredMimeType) { }
    }
}
