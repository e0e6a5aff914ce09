using System.Text.Json.Nodes;
using Parallax.Kernel.Engine;
using Parallax.Kernel.Language;
using Parallax.Kernel.Protocol;
using Parallax.Notebooks.Model;

namespace Parallax.Kernel;

/// <summary>
/// Answers shell and control requests: kernel info, execute, is-complete, complete, inspect, comm info, history,
/// interrupt and shutdown. Each request is wrapped in <c>status</c> busy/idle on iopub.
/// </summary>
public sealed class RequestHandler(KernelSession session, Channel iopub, string sessionId, KernelLog log)
{
    /// <summary>Raised once a shutdown was requested (argument: restart).</summary>
    public event Action<bool>? ShutdownRequested;

    /// <summary>
    /// True after a cell failed with <c>stop_on_error</c>: execute requests already queued behind it (a "run all")
    /// are answered "aborted" instead of run, until the queue is empty.
    /// </summary>
    public bool Aborting { get; set; }

    /// <summary>Answers a queued execute request without running it.</summary>
    public void Abort(JupyterMessage request, Channel channel)
    {
        Publish(request, "status", new JsonObject { ["execution_state"] = "busy" });
        Reply(channel, request, "execute_reply", new JsonObject { ["status"] = "aborted", ["execution_count"] = session.ExecutionCount });
        Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
    }

    /// <summary>Answers one request on the channel it came from (shell or control); failures are logged, never thrown.</summary>
    public void Handle(JupyterMessage request, Channel channel)
    {
        Publish(request, "status", new JsonObject { ["execution_state"] = "busy" });
        try
        {
            switch (request.Type)
            {
                case "kernel_info_request": Reply(channel, request, "kernel_info_reply", KernelInfo.Reply()); break;
                case "execute_request": Execute(request, channel); break;
                case "is_complete_request": IsComplete(request, channel); break;
                case "complete_request": Complete(request, channel); break;
                case "inspect_request": Inspect(request, channel); break;
                case "comm_info_request": Reply(channel, request, "comm_info_reply", new JsonObject { ["status"] = "ok", ["comms"] = new JsonObject() }); break;
                case "history_request": Reply(channel, request, "history_reply", new JsonObject { ["status"] = "ok", ["history"] = new JsonArray() }); break;
                case "interrupt_request":
                    var stopped = session.Interrupt();
                    log.Write(stopped ? "interrupt: the running cell was cancelled" : "interrupt: no cell was running");
                    Reply(channel, request, "interrupt_reply", new JsonObject { ["status"] = "ok" });
                    break;
                case "shutdown_request":
                    var restart = request.Content["restart"]?.GetValue<bool>() ?? false;
                    var content = new JsonObject { ["status"] = "ok", ["restart"] = restart };
                    Reply(channel, request, "shutdown_reply", content);
                    Publish(request, "shutdown_reply", (JsonObject)content.DeepClone());
                    session.Interrupt();
                    ShutdownRequested?.Invoke(restart);
                    break;
                case "comm_open" or "comm_msg" or "comm_close": break;
                default: log.Write($"{channel.Name}: ignored a message of type '{request.Type}'"); break;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            log.Write($"{channel.Name}: {request.Type} failed: {e}");
        }
        finally
        {
            Publish(request, "status", new JsonObject { ["execution_state"] = "idle" });
        }
    }

    private void Execute(JupyterMessage request, Channel channel)
    {
        var code = request.Content["code"]?.GetValue<string>() ?? "";
        var silent = request.Content["silent"]?.GetValue<bool>() ?? false;
        var storeHistory = !silent && (request.Content["store_history"]?.GetValue<bool>() ?? true);
        var next = session.ExecutionCount + (storeHistory ? 1 : 0);
        if (!silent) Publish(request, "execute_input", new JsonObject { ["code"] = code, ["execution_count"] = next });
        Action<CellOutput>? live = silent ? null : o => Show(request, o, next);
        var run = session.Execute(code, storeHistory, live);
        foreach (var o in run.Result.Outputs.Where(o => o is ErrorOutput || o is DisplayOutput { IsResult: true }))
            if (!silent) Show(request, o, run.ExecutionCount);
        foreach (var note in run.Result.Notes) log.Write("note: " + note);
        JsonObject reply;
        if (run.Result.Outputs.OfType<ErrorOutput>().LastOrDefault() is { } error && run.Result.Failure is not null)
        {
            reply = OutputMessages.Error(error);
            reply["status"] = "error";
            if (request.Content["stop_on_error"]?.GetValue<bool>() ?? true) Aborting = true;
        }
        else reply = new JsonObject { ["status"] = "ok", ["payload"] = new JsonArray(), ["user_expressions"] = new JsonObject() };
        reply["execution_count"] = run.ExecutionCount;
        Reply(channel, request, "execute_reply", reply);
    }

    private void Show(JupyterMessage request, CellOutput output, int count)
    {
        var (type, content) = OutputMessages.For(output, count);
        Publish(request, type, content);
    }

    private void IsComplete(JupyterMessage request, Channel channel)
    {
        var (status, indent) = CompletenessChecker.Check(request.Content["code"]?.GetValue<string>() ?? "");
        var content = new JsonObject { ["status"] = status };
        if (status == "incomplete") content["indent"] = indent;
        Reply(channel, request, "is_complete_reply", content);
    }

    private void Complete(JupyterMessage request, Channel channel)
    {
        var code = request.Content["code"]?.GetValue<string>() ?? "";
        var position = CodePoints.ToIndex(code, request.Content["cursor_pos"]?.GetValue<int>() ?? code.Length);
        var list = session.Completer.Complete(code, position);
        var start = CodePoints.FromIndex(code, list.Start);
        var end = CodePoints.FromIndex(code, list.End);
        var types = new JsonArray(list.Items.Select(i => (JsonNode?)new JsonObject { ["start"] = start, ["end"] = end, ["text"] = i.Text, ["type"] = i.Kind }).ToArray());
        Reply(channel, request, "complete_reply", new JsonObject
        {
            ["status"] = "ok",
            ["matches"] = new JsonArray(list.Items.Select(i => (JsonNode?)i.Text).ToArray()),
            ["cursor_start"] = start,
            ["cursor_end"] = end,
            ["metadata"] = new JsonObject { ["_jupyter_types_experimental"] = types },
        });
    }

    private void Inspect(JupyterMessage request, Channel channel)
    {
        var code = request.Content["code"]?.GetValue<string>() ?? "";
        var position = CodePoints.ToIndex(code, request.Content["cursor_pos"]?.GetValue<int>() ?? code.Length);
        var text = session.Inspector.Inspect(code, position);
        var data = new JsonObject();
        if (text is not null) data["text/plain"] = text;
        Reply(channel, request, "inspect_reply", new JsonObject { ["status"] = "ok", ["found"] = text is not null, ["data"] = data, ["metadata"] = new JsonObject() });
    }

    private void Reply(Channel channel, JupyterMessage request, string type, JsonObject content) =>
        channel.Send(JupyterMessage.Create(type, content, request, sessionId));

    private void Publish(JupyterMessage parent, string type, JsonObject content)
    {
        var topic = System.Text.Encoding.UTF8.GetBytes($"kernel.{sessionId}.{type}");
        iopub.Send(JupyterMessage.Create(type, content, parent, sessionId, [topic]));
    }
}
