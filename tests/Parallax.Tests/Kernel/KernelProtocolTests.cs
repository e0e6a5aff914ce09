using System.Text.Json.Nodes;

namespace Parallax.Tests.Kernel;

/// <summary>The kernel over ZeroMQ, driven by Debian's jupyter_client: signatures, interrupt, restart, completion, isolation.</summary>
public sealed class KernelProtocolTests(KernelHarness kernel) : IClassFixture<KernelHarness>
{
    [Fact]
    public void Wrongly_signed_and_replayed_messages_are_dropped_and_logged()
    {
        var r = kernel.Check("signature");
        Assert.False(r["forged_reply"]!.GetValue<bool>());
        Assert.False(r["unsigned_reply"]!.GetValue<bool>());
        Assert.Equal("ok", r["first_status"]!.GetValue<string>());
        Assert.False(r["replay_reply"]!.GetValue<bool>());
        // The forged cell never ran: its variable does not exist; the kernel still answers signed requests.
        Assert.Equal("CompilationError", r["stolen_defined"]!["error"]!.GetValue<string>());
        Assert.Equal("42", r["still_works"]!.GetValue<string>());
        var log = kernel.KernelLog();
        Assert.Contains("dropped a message: bad signature", log);
        Assert.Contains("dropped a message: replayed message", log);
    }

    [Fact]
    public void After_a_failing_cell_the_queued_cells_are_aborted_not_run()
    {
        var r = kernel.Check("abort");
        Assert.Equal("error", r["first"]!.GetValue<string>());
        Assert.Equal("aborted", r["second"]!.GetValue<string>());
        Assert.Equal("CompilationError", r["after"]!["error"]!.GetValue<string>());
        Assert.Equal("7", r["runs_again"]!.GetValue<string>());
    }

    [Fact]
    public void Interrupt_stops_a_long_cell_and_keeps_the_state()
    {
        var r = kernel.Check("interrupt");
        Assert.Equal("error", r["reply_status"]!.GetValue<string>());
        Assert.Equal("Interrupted", r["ename"]!.GetValue<string>());
        Assert.True(r["seconds_to_stop"]!.GetValue<double>() < 30, r.ToJsonString());
        Assert.Equal("7", r["kept"]!.GetValue<string>());
        Assert.Equal("True", r["spun"]!.GetValue<string>());
    }

    [Fact]
    public void Restart_clears_the_state_and_the_old_kernel_exits_by_itself()
    {
        var r = kernel.Check("restart");
        Assert.Equal("7", r["before"]!.GetValue<string>());
        Assert.Equal(0, r["old_exit_code"]!.GetValue<int>());
        Assert.Equal("CompilationError", r["after"]!["error"]!.GetValue<string>());
        Assert.Contains("kept", r["after"]!["evalue"]!.GetValue<string>());
        Assert.Equal(2, r["count_after"]!.GetValue<int>());
    }

    [Fact]
    public void Completion_inspection_and_completeness_use_roslyn()
    {
        var r = kernel.Check("complete");
        Assert.Contains("Load", Matches(r["corpus_lo"]!));
        Assert.Equal(7, r["corpus_lo"]!["start"]!.GetValue<int>());
        Assert.Equal(9, r["corpus_lo"]!["end"]!.GetValue<int>());
        Assert.Contains("Load", Matches(r["qualified"]!));
        Assert.Contains("Substring", Matches(r["member_of_value"]!));
        Assert.DoesNotContain("Load", Matches(r["member_of_value"]!));
        Assert.Contains("headline", Matches(r["name_in_scope"]!));
        // Cursor positions count code points: "𝒜" is one, though two UTF-16 units.
        var nonAscii = r["non_ascii_before"]!;
        Assert.Contains("ToUpper", Matches(nonAscii));
        Assert.Equal("var é = \"𝒜\"; headline.".Length - 1, nonAscii["start"]!.GetValue<int>());
        var inspect = r["inspect"]!.GetValue<string>();
        Assert.Contains("Corpus.Load(string folder", inspect);
        Assert.Contains("Loads every article", inspect); // the doc comment
        Assert.Contains("string headline", r["inspect_variable"]!.GetValue<string>());
        Assert.Equal("incomplete", r["is_complete_open"]!.GetValue<string>());
        Assert.Equal("complete", r["is_complete_done"]!.GetValue<string>());
    }

    [Fact]
    public void Two_kernels_on_one_machine_do_not_interfere()
    {
        var r = kernel.Check("two-kernels");
        Assert.Equal("first", r["a"]!.GetValue<string>());
        Assert.True(r["b_still_running_after_a_interrupt"]!.GetValue<bool>());
        Assert.Equal("error", r["b_interrupted"]!.GetValue<string>());
        Assert.Equal("second", r["b_after_a_shutdown"]!.GetValue<string>());
        Assert.Empty(r["shared_ports"]!.AsArray());
    }

    private static List<string> Matches(JsonNode n) => n["matches"]!.AsArray().Select(m => m!.GetValue<string>()).ToList();
}
