using NetMQ;

namespace Parallax.Kernel.Protocol;

/// <summary>A kernel socket that messages are sent on, from any thread (sends are serialised).</summary>
public sealed class Channel(NetMQSocket socket, WireFormat wire, string name)
{
    private readonly object _gate = new();

    /// <summary>shell, control, iopub, …</summary>
    public string Name => name;

    public NetMQSocket Socket => socket;

    public void Send(JupyterMessage message)
    {
        var frames = wire.Encode(message);
        lock (_gate) socket.SendMultipartBytes(frames);
    }
}
