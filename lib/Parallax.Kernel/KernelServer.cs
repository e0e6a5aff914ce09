using System.Diagnostics;
using System.Globalization;
using System.Text.Json.Nodes;
using NetMQ;
using NetMQ.Sockets;
using Parallax.Kernel.Engine;
using Parallax.Kernel.Protocol;

namespace Parallax.Kernel;

/// <summary>
/// A Jupyter kernel process: binds heartbeat, shell, control, iopub and stdin to the connection file's addresses,
/// checks every message's signature (a bad one is dropped and logged), and serves requests until shutdown. Shell
/// requests run on the calling thread; control requests (interrupt, shutdown) on their own, so they get through while
/// a cell runs.
/// </summary>
public sealed class KernelServer : IDisposable
{
    private readonly ConnectionInfo _info;
    private readonly KernelLog _log;
    private readonly WireFormat _wire;
    private readonly string _sessionId = Guid.NewGuid().ToString();
    private readonly RouterSocket _shell = new(), _control = new(), _stdin = new();
    private readonly PublisherSocket _iopub = new();
    private readonly ResponseSocket _heartbeat = new();
    private readonly NetMQPoller _shellPoller, _controlPoller;
    private readonly RequestHandler _handler;
    private readonly Channel _shellChannel, _controlChannel;
    private volatile bool _stopping;

    public KernelServer(ConnectionInfo info, KernelSession session, KernelLog log)
    {
        _info = info;
        _log = log;
        _wire = new WireFormat(new MessageSigner(info.Key));
        foreach (var s in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) s.Options.Linger = TimeSpan.FromSeconds(1);
        _shellChannel = new Channel(_shell, _wire, "shell");
        _controlChannel = new Channel(_control, _wire, "control");
        _handler = new RequestHandler(session, new Channel(_iopub, _wire, "iopub"), _sessionId, log);
        _handler.ShutdownRequested += _ => Stop();
        _shell.ReceiveReady += (_, e) => Receive(_shellChannel);
        _control.ReceiveReady += (_, e) => Receive(_controlChannel);
        _shellPoller = [_shell];
        _controlPoller = [_control];
    }

    /// <summary>Binds the sockets and serves until a shutdown request (or the parent process is gone).</summary>
    public void Run()
    {
        Bind(_shell, _info.ShellPort, "shell");
        Bind(_control, _info.ControlPort, "control");
        Bind(_stdin, _info.StdinPort, "stdin");
        Bind(_iopub, _info.IOPubPort, "iopub");
        Bind(_heartbeat, _info.HeartbeatPort, "heartbeat");
        var heartbeat = new Thread(Heartbeat) { IsBackground = true, Name = "parallax kernel heartbeat" };
        heartbeat.Start();
        _controlPoller.RunAsync("parallax kernel control", isBackgroundThread: true);
        WatchParent();
        _log.Write($"listening on {_info.Address(_info.ShellPort)} (shell), signatures {(_info.Key.Length > 0 ? "checked" : "off (empty key)")}");
        new Channel(_iopub, _wire, "iopub").Send(JupyterMessage.Create("status", new JsonObject { ["execution_state"] = "starting" }, null, _sessionId, ["kernel.starting"u8.ToArray()]));
        _shellPoller.Run();
        _stopping = true;
        _controlPoller.Stop();
        heartbeat.Join(TimeSpan.FromSeconds(2));
        _log.Write("shut down");
    }

    /// <summary>Stops serving (from any thread).</summary>
    public void Stop()
    {
        if (_stopping) return;
        _stopping = true;
        _shellPoller.StopAsync();
    }

    public void Dispose()
    {
        _shellPoller.Dispose();
        _controlPoller.Dispose();
        foreach (var s in new NetMQSocket[] { _shell, _control, _stdin, _iopub, _heartbeat }) s.Dispose();
        NetMQConfig.Cleanup(block: true);
    }

    private void Bind(NetMQSocket socket, int port, string name)
    {
        var address = _info.Address(port);
        try { socket.Bind(address); }
        catch (NetMQException e) { throw new KernelException($"cannot bind the {name} socket to {address}: {e.Message}"); }
    }

    // NetMQPoller installs its own SynchronizationContext on the poller thread; cell code blocks on async work (chart
    // rendering) whose continuations would then queue behind the blocked thread. Requests are handled without it.
    private void Receive(Channel channel)
    {
        var context = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(null);
        try { ReceiveAll(channel); }
        finally { SynchronizationContext.SetSynchronizationContext(context); }
    }

    private void ReceiveAll(Channel channel)
    {
        var frames = new List<byte[]>();
        while (channel.Socket.TryReceiveMultipartBytes(TimeSpan.Zero, ref frames))
        {
            var message = _wire.Decode(frames, out var rejection);
            if (message is null)
            {
                _log.Write($"{channel.Name}: dropped a message: {rejection}");
                continue;
            }
            if (_handler.Aborting && message.Type == "execute_request") _handler.Abort(message, channel);
            else _handler.Handle(message, channel);
            if (_stopping) return;
        }
        _handler.Aborting = false;
    }

    private void Heartbeat()
    {
        var frames = new List<byte[]>();
        while (!_stopping)
            if (_heartbeat.TryReceiveMultipartBytes(TimeSpan.FromMilliseconds(200), ref frames))
                _heartbeat.SendMultipartBytes(frames);
    }

    // Jupyter clients set JPY_PARENT_PID: when that process is gone, nobody can shut the kernel down, so it stops itself.
    private void WatchParent()
    {
        if (!int.TryParse(Environment.GetEnvironmentVariable("JPY_PARENT_PID"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var pid) || pid <= 1) return;
        new Thread(() =>
        {
            while (!_stopping)
            {
                Thread.Sleep(2000);
                if (!Alive(pid)) { _log.Write($"parent process {pid} is gone: shutting down"); Stop(); return; }
            }
        }) { IsBackground = true, Name = "parallax kernel parent watch" }.Start();
    }

    private static bool Alive(int pid)
    {
        try { using var p = Process.GetProcessById(pid); return !p.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }
}
