using Parallax.Charts;
using Parallax.Frames;
using Parallax.Notebooks.Magic;
using Parallax.Notebooks.Run;
using Parallax.Notebooks.Scripting;

namespace Parallax.Tests.Notebooks;

public class EngineUnitTests
{
    private static MagicPreprocessor Magic() => new("/tmp/nb", name => name is "Parallax" or "Deedle");

    [Fact]
    public void Magic_lines_are_blanked_so_line_numbers_stay()
    {
        var p = Magic().Prepare("#!csharp\n#r \"nuget: Deedle, 8.1.0\"\n#nullable enable\nvar x = 1;");
        Assert.Null(p.Error);
        Assert.Equal("\n\n#nullable enable\nvar x = 1;", p.Code);
    }

    [Theory]
    [InlineData("#r \"nuget: Serilog, 4.0.0\"", "Serilog")]
    [InlineData("#!pwsh", "#!pwsh")]
    [InlineData("#r nuget:Deedle", "malformed")]
    [InlineData("#load \"x.csx\"", "#load")]
    public void Magic_errors_name_what_is_wrong(string line, string expected)
    {
        var p = Magic().Prepare("var a = 1;\n" + line);
        Assert.NotNull(p.Error);
        Assert.Equal(2, p.Error!.Line);
        Assert.Contains(expected, p.Error.Message);
    }

    [Fact]
    public void Kit_dll_references_map_to_the_loaded_copy_even_when_the_file_is_missing()
    {
        var p = Magic().Prepare("#r \"../lib/Parallax/bin/Debug/net10.0/Parallax.dll\"\n#i \"nuget: https://feed.invalid\"");
        Assert.Null(p.Error);
        Assert.Empty(p.References);
        Assert.Single(p.Notes);
    }

    [Theory]
    [InlineData("12", "12")]
    [InlineData("-3", "-3")]
    [InlineData("0.25", "0.25")]
    [InlineData("true", "true")]
    [InlineData("../seeds", "\"../seeds\"")]
    [InlineData("say \"hi\"\n", "\"say \\\"hi\\\"\\n\"")]
    public void Parameter_values_become_csharp_literals(string value, string literal) => Assert.Equal(literal, ParameterCell.Literal(value));

    [Fact]
    public void Loop_guards_keep_every_line_in_place()
    {
        var code = "var i = 0;\nwhile (i < 3)\n    i++;\nfor (;;) { break; }\nforeach (var c in \"ab\")\n{\n  i++;\n}\ni";
        var guarded = LoopGuardRewriter.Rewrite(code);
        Assert.Equal(code.Split('\n').Length, guarded.Split('\n').Length);
        Assert.Equal(3, System.Text.RegularExpressions.Regex.Matches(guarded, "CellGuard.Check").Count);
    }

    [Fact]
    public void Csv_quotes_separators_and_defuses_formulas()
    {
        var t = new TableData(["name", "value"], [["a, \"b\"", 1.5], ["=HYPERLINK(\"x\")", -2], ["-cmd", null]]);
        Assert.Equal("name,value\r\n\"a, \"\"b\"\"\",1.5\r\n\"'=HYPERLINK(\"\"x\"\")\",-2\r\n'-cmd,\r\n", t.ToCsv());
    }

    [Fact]
    public void Chart_data_is_the_attached_table_or_read_from_traces()
    {
        var chart = StackedBarChart.Build([new("A", "s1", 1), new("A", "s2", 2), new("B", "s1", 3)], "T", "cat", "val");
        var data = ChartData.Of(chart);
        Assert.Equal(["Category", "Series", "Value", "Hover"], data.Columns);
        Assert.Equal(3, data.Rows.Count);
        var plain = Plotly.NET.GenericChart.ofTraceObject(false, MakeTrace());
        var traces = ChartData.Of(plain);
        Assert.Equal(2, traces.Rows.Count);
        Assert.Equal("q", traces.Rows[1][2]);

        static Plotly.NET.Trace MakeTrace()
        {
            var t = new Plotly.NET.Trace2D("scatter");
            t.SetProperty("x", new[] { 1, 2 });
            t.SetProperty("y", new[] { "p", "q" });
            return t;
        }
    }

    [Fact]
    public void Chart_json_in_pages_cannot_close_its_script_element()
    {
        var chart = HeatmapChart.Build([new("</script><script>alert(1)</script>", "col", 1, "\"><img src=x onerror=alert(1)>")], "t", "c", "r");
        var page = ChartHtml.Page(chart);
        var body = page[page.IndexOf("<body>", StringComparison.Ordinal)..];
        Assert.DoesNotContain("</script><script>alert", body);
        Assert.DoesNotContain("<img src=x", body);
    }
}
