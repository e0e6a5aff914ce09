using System.Text;
using System.Text.Json.Nodes;
using Parallax.Cli;
using Parallax.Kernel.Engine;
using Parallax.Kernel.Language;
using Parallax.Kernel.Protocol;
using Parallax.Notebooks.Model;
using Parallax.Tests.Support;

namespace Parallax.Tests.Kernel;

/// <summary>The kernel's parts in-process: signing, wire format, cursor positions, magic lines, parameters, kernelspec.</summary>
public sealed class KernelUnitTests
{
    private static JupyterMessage Request(string code) =>
        JupyterMessage.Create("execute_request", new JsonObject { ["code"] = code }, null, "client", ["peer"u8.ToArray()]);

    [Fact]
    public void Signer_computes_hmac_sha256_over_the_four_parts()
    {
        var signer = new MessageSigner("key");
        var parts = new[] { "The quick ", "brown fox ", "jumps over ", "the lazy dog" }.Select(Encoding.UTF8.GetBytes).ToList();
        Assert.Equal("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8", signer.Sign(parts));
        Assert.True(signer.Verify("F7BC83F430538424B13298E6AA6FB143EF4D59A14946175997479DBC2D1A3CD8", parts));
        Assert.False(signer.Verify("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd9", parts));
        Assert.False(signer.Verify("", parts));
    }

    [Fact]
    public void Wire_format_round_trips_and_rejects_tampered_foreign_and_replayed_messages()
    {
        var wire = new WireFormat(new MessageSigner("secret"));
        var frames = wire.Encode(Request("1 + 1"));
        var decoded = wire.Decode(frames, out var why);
        Assert.Null(why);
        Assert.Equal("execute_request", decoded!.Type);
        Assert.Equal("1 + 1", decoded.Content["code"]!.GetValue<string>());
        Assert.Equal("peer"u8.ToArray(), decoded.Identities.Single());

        Assert.Null(wire.Decode(frames, out why));
        Assert.StartsWith("replayed", why);

        var tampered = wire.Encode(Request("1 + 1"));
        tampered[^1] = Encoding.UTF8.GetBytes("{\"code\":\"File.Delete(\\\"x\\\")\"}");
        Assert.Null(wire.Decode(tampered, out why));
        Assert.Equal("bad signature", why);

        var foreign = new WireFormat(new MessageSigner("other key")).Encode(Request("1"));
        Assert.Null(wire.Decode(foreign, out why));
        Assert.Equal("bad signature", why);

        Assert.Null(wire.Decode([Encoding.UTF8.GetBytes("no delimiter")], out why));
        Assert.StartsWith("malformed", why);
    }

    [Fact]
    public void Empty_key_means_unsigned_messages()
    {
        var wire = new WireFormat(new MessageSigner(""));
        var frames = wire.Encode(Request("x"));
        Assert.Empty(frames[2]);
        Assert.NotNull(wire.Decode(frames, out _));
    }

    [Fact]
    public void Cursor_positions_convert_between_code_points_and_string_indexes()
    {
        const string text = "a𝒜b é";
        Assert.Equal(3, CodePoints.ToIndex(text, 2)); // after "a𝒜"
        Assert.Equal(2, CodePoints.FromIndex(text, 3));
        Assert.Equal(text.Length, CodePoints.ToIndex(text, 99));
        Assert.Equal(5, CodePoints.FromIndex(text, text.Length));
    }

    [Fact]
    public void Magic_lines_are_blanked_in_place()
    {
        const string cell = "#r \"nuget: Deedle, 8.1.0\"\n#!csharp\n#if DEBUG\nvar x = 1;\n#endif\n#i \"nuget: https://example.org/feed\"";
        var blank = MagicLines.Blank(cell);
        Assert.Equal(cell.Length, blank.Length);
        Assert.Equal(["", "", "#if DEBUG", "var x = 1;", "#endif", ""], blank.Split('\n').Select(l => l.Trim()));
    }

    [Theory]
    [InlineData("var x = 1;", "complete")]
    [InlineData("", "complete")]
    [InlineData("foreach (var a in list) {", "incomplete")]
    [InlineData("var s = \"\"\"\nopen raw string", "incomplete")]
    [InlineData("#r \"nuget: Deedle, 8.1.0\"", "complete")]
    public void Completeness(string code, string status) => Assert.Equal(status, CompletenessChecker.Check(code).Status);

    [Fact]
    public void Parameters_follow_the_first_cell_that_declares_them_and_its_reruns()
    {
        var p = new ParameterOverrides([new("folder", "/data/floods"), new("top", "5")]);
        Assert.Null(p.After("Console.WriteLine(1);"));
        var injected = p.After("var folder = \"../samples\";\nvar unrelated = 2;");
        Assert.Contains("var folder = \"/data/floods\";", injected);
        Assert.Contains("var top = 5;", injected);
        Assert.Null(p.After("var folder = Path.Combine(folder, \"x\");")); // a later cell reusing the name is left alone
        Assert.NotNull(p.After("var folder = \"../samples\";\nvar unrelated = 2;"));
        Assert.Null(new ParameterOverrides([]).After("var folder = 1;"));
    }

    [Fact]
    public void Session_applies_parameters_completes_and_inspects_in_process()
    {
        using var folder = Repo.Temp();
        using var session = new KernelSession(folder.Path, [new("corpus", "/elsewhere")], images: false);
        var ok = session.Execute("using Parallax;\nvar corpus = \"../seeds\";", storeHistory: true, live: null);
        Assert.Equal(1, ok.ExecutionCount);
        var value = session.Execute("corpus", storeHistory: true, live: null).Result.Outputs.OfType<DisplayOutput>().Single();
        Assert.Equal("/elsewhere", value.Text);
        var list = session.Completer.Complete("Corpus.Lo", 9);
        Assert.Contains(list.Items, i => i.Text == "Load" && i.Kind == "method");
        Assert.Equal((7, 9), (list.Start, list.End));
        Assert.Contains("Corpus.Load", session.Inspector.Inspect("Corpus.Load(corpus)", 9));
        var live = new List<CellOutput>();
        var failed = session.Execute("Console.Write(\"a\");\nint[] xs = [];\nvar y = xs[3];", storeHistory: true, live.Add);
        Assert.Equal("a", Assert.IsType<StreamOutput>(live.Single()).Text);
        var error = failed.Result.Outputs.OfType<ErrorOutput>().Single();
        Assert.Equal("IndexOutOfRangeException", error.Name);
        Assert.Contains(error.Traceback, t => t.Contains("line 3 of this cell"));
        Assert.Equal(3, failed.ExecutionCount);
    }

    [Fact]
    public async Task Interrupt_wakes_a_cell_blocked_in_sleep_and_keeps_the_state()
    {
        using var folder = Repo.Temp();
        using var session = new KernelSession(folder.Path, [], images: false);
        session.Execute("var kept = 7;", storeHistory: true, live: null);
        var running = Task.Run(() => session.Execute("System.Threading.Thread.Sleep(System.Threading.Timeout.Infinite);", storeHistory: true, live: null));
        await Task.Delay(1000);
        for (int i = 0; i < 300 && !session.Interrupt(); i++) await Task.Delay(100); // until the cell has started
        var stopped = await running.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("Interrupted", stopped.Result.Outputs.OfType<ErrorOutput>().Single().Name);
        Assert.Equal("7", session.Execute("kept", storeHistory: true, live: null).Result.Outputs.OfType<DisplayOutput>().Single().Text);
        Assert.False(session.Interrupt()); // nothing running now
    }

    [Fact]
    public void Install_writes_kernel_json_and_logos_and_uninstall_removes_them()
    {
        using var prefix = Repo.Temp();
        var (code, stdout, _) = Cli("kernel", "install", "--prefix", prefix.Path);
        Assert.Equal(0, code);
        var folder = Path.Combine(prefix.Path, "share", "jupyter", "kernels", "parallax");
        Assert.Contains(folder, stdout);
        var spec = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "kernel.json")))!;
        Assert.Equal("C# (Parallax)", spec["display_name"]!.GetValue<string>());
        Assert.Equal("C#", spec["language"]!.GetValue<string>());
        Assert.Equal("message", spec["interrupt_mode"]!.GetValue<string>());
        var argv = spec["argv"]!.AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.True(Path.IsPathRooted(argv[0]) && File.Exists(argv[0]), argv[0]);
        Assert.Equal("Parallax.Cli.dll", Path.GetFileName(argv[1]));
        Assert.True(File.Exists(argv[1]));
        Assert.Equal(["kernel", "--connection-file", "{connection_file}"], argv[2..]);
        foreach (var size in new[] { 32, 64 })
        {
            var png = File.ReadAllBytes(Path.Combine(folder, $"logo-{size}x{size}.png"));
            Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
            Assert.Equal(size, (png[16] << 24) | (png[17] << 16) | (png[18] << 8) | png[19]); // IHDR width
        }
        Assert.Equal(0, Cli("kernel", "uninstall", "--prefix", prefix.Path).Code);
        Assert.False(Directory.Exists(folder));
        Assert.Equal(1, Cli("kernel", "uninstall", "--prefix", prefix.Path).Code);
    }

    [Fact]
    public void Install_bakes_parameters_into_argv_and_refuses_bad_input()
    {
        using var prefix = Repo.Temp();
        Assert.Equal(0, Cli("kernel", "install", "--prefix", prefix.Path, "--name", "floods", "--corpus", Repo.Seeds, "--param", "top=5").Code);
        var argv = JsonNode.Parse(File.ReadAllText(Path.Combine(prefix.Path, "share", "jupyter", "kernels", "floods", "kernel.json")))!["argv"]!
            .AsArray().Select(a => a!.GetValue<string>()).ToList();
        Assert.Contains("top=5", argv);
        Assert.Contains("corpus=" + Repo.Seeds, argv);
        Assert.Equal(2, Cli("kernel", "install", "--prefix", prefix.Path, "--name", "../escape").Code);
        Assert.Equal(2, Cli("kernel", "install", "--prefix", prefix.Path, "--user").Code);
        var missing = Cli("kernel", "--connection-file", prefix.File("nope.json"));
        Assert.Equal(2, missing.Code);
        Assert.Contains("nope.json", missing.Stderr);
        File.WriteAllText(prefix.File("bad.json"), "{\"shell_port\": ");
        Assert.Contains("bad.json", Cli("kernel", "--connection-file", prefix.File("bad.json")).Stderr);
    }

    private static (int Code, string Stdout, string Stderr) Cli(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = CliApp.RunAsync(args, stdout, stderr).GetAwaiter().GetResult();
        return (code, stdout.ToString(), stderr.ToString());
    }
}
