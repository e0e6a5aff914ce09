using NetMQ;

namespace Parallax.Kernel.Protocol;

/// <summary>A kernel socket that messages are sent on, from any thread (sends are serialised).</summary>
public sealed class Channel(NetMQSocket socket, WireFormat wire, string name)
{
    private readonly object _gate = new();

    /// <summary>shell, control, iopub, …</summary>
    public string Name => name;

    /// <summary>The socket, for receiving (on its poller's thread only).</summary>
    public NetMQSocket Socket => socket;

    /// <summary>Signs and sends a message.</summary>
    public void Send(JupyterMessage message)
    {
        var frames = wire.Encode(message);
        lock (_gate) socket.SendMultipartBytes(frames);
    }
}
