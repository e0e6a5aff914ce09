using System.Text.Json;
using System.Text.Json.Serialization;

namespace Parallax.Kernel.Protocol;

/// <summary>The connection file a Jupyter client writes for a kernel: transport, address, five ports and the signing key.</summary>
public sealed record ConnectionInfo
{
    [JsonPropertyName("transport")] public string Transport { get; init; } = "tcp";
    [JsonPropertyName("ip")] public string Ip { get; init; } = "127.0.0.1";
    [JsonPropertyName("shell_port")] public int ShellPort { get; init; }
    [JsonPropertyName("iopub_port")] public int IOPubPort { get; init; }
    [JsonPropertyName("stdin_port")] public int StdinPort { get; init; }
    [JsonPropertyName("control_port")] public int ControlPort { get; init; }
    [JsonPropertyName("hb_port")] public int HeartbeatPort { get; init; }
    [JsonPropertyName("key")] public string Key { get; init; } = "";
    [JsonPropertyName("signature_scheme")] public string SignatureScheme { get; init; } = "hmac-sha256";

    /// <summary>The ZeroMQ address of a port, e.g. <c>tcp://127.0.0.1:5555</c> (for ipc, <c>ipc://IP-PORT</c>).</summary>
    public string Address(int port) => Transport == "ipc" ? $"ipc://{Ip}-{port}" : $"{Transport}://{Ip}:{port}";

    /// <summary>Reads a connection file; a missing or malformed file gives an error naming it.</summary>
    public static ConnectionInfo Read(string path)
    {
        if (!File.Exists(path)) throw new KernelException($"connection file not found: {path}");
        ConnectionInfo? info;
        try { info = JsonSerializer.Deserialize<ConnectionInfo>(File.ReadAllText(path)); }
        catch (JsonException e) { throw new KernelException($"{path}: not a valid connection file (line {e.LineNumber + 1}): {e.Message}"); }
        if (info is null) throw new KernelException($"{path}: empty connection file");
        if (info.Transport is not ("tcp" or "ipc")) throw new KernelException($"{path}: transport '{info.Transport}' is not supported (tcp or ipc)");
        if (info.Key.Length > 0 && info.SignatureScheme != "hmac-sha256")
            throw new KernelException($"{path}: signature scheme '{info.SignatureScheme}' is not supported (hmac-sha256)");
        var ports = new[] { info.ShellPort, info.IOPubPort, info.StdinPort, info.ControlPort, info.HeartbeatPort };
        if (ports.Any(p => p is <= 0 or > 65535)) throw new KernelException($"{path}: every port (shell, iopub, stdin, control, hb) must be set");
        return info;
    }
}

/// <summary>The kernel cannot start: bad connection file, bad kernelspec location, …</summary>
public sealed class KernelException(string message) : Exception(message);
