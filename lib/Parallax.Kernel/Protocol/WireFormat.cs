using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Parallax.Kernel.Protocol;

/// <summary>
/// Jupyter messages on the wire: identities, the <c>&lt;IDS|MSG&gt;</c> delimiter, the signature, then header, parent
/// header, metadata and content as UTF-8 JSON (extra buffers are ignored).
/// </summary>
public sealed class WireFormat(MessageSigner signer)
{
    private static readonly byte[] Delimiter = "<IDS|MSG>"u8.ToArray();
    private readonly SignatureHistory _seen = new(4096);

    /// <summary>The frames of a message, signed.</summary>
    public List<byte[]> Encode(JupyterMessage message)
    {
        var parts = new[] { message.Header, message.ParentHeader, message.Metadata, message.Content }
            .Select(o => Encoding.UTF8.GetBytes(o.ToJsonString())).ToList();
        return [.. message.Identities, Delimiter, Encoding.ASCII.GetBytes(signer.Sign(parts)), .. parts];
    }

    /// <summary>Decodes frames; returns null with a reason when the message is malformed or wrongly signed.</summary>
    public JupyterMessage? Decode(IReadOnlyList<byte[]> frames, out string? rejection)
    {
        rejection = null;
        var at = -1;
        for (int i = 0; i < frames.Count; i++) if (frames[i].AsSpan().SequenceEqual(Delimiter)) { at = i; break; }
        if (at < 0 || frames.Count < at + 6) { rejection = "malformed message (no delimiter or missing frames)"; return null; }
        var signature = Encoding.ASCII.GetString(frames[at + 1]);
        var parts = frames.Skip(at + 2).Take(4).ToList();
        if (!signer.Verify(signature, parts)) { rejection = "bad signature"; return null; }
        if (signer.Enabled && !_seen.Add(signature)) { rejection = "replayed message (signature already seen)"; return null; }
        try
        {
            var objects = parts.Select(p => JsonNode.Parse(p) as JsonObject ?? []).ToList();
            return new JupyterMessage(frames.Take(at).ToList(), objects[0], objects[1], objects[2], objects[3]);
        }
        catch (JsonException e)
        {
            rejection = "malformed JSON: " + e.Message;
            return null;
        }
    }
}
