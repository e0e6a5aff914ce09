using System.IO.Compression;

namespace Parallax.Kernel.Spec;

/// <summary>
/// The kernel's logo, drawn in code (no binary in the repository): three offset, overlapping bars — the same thing
/// seen from three outlets — in the kit's Okabe–Ito colours, as a PNG of any size.
/// </summary>
public static class KernelLogo
{
    private static readonly (byte R, byte G, byte B)[] Colours = [(0x00, 0x72, 0xB2), (0xE6, 0x9F, 0x00), (0x00, 0x9E, 0x73)];

    /// <summary>A square RGBA PNG of <paramref name="size"/> pixels.</summary>
    public static byte[] Png(int size)
    {
        var pixels = new byte[size * size * 4];
        for (int bar = 0; bar < Colours.Length; bar++)
        {
            // Each bar is a rounded vertical band, shifted right and down a little from the one before.
            double x0 = size * (0.14 + 0.24 * bar), x1 = x0 + size * 0.26, y0 = size * (0.12 + 0.08 * bar), y1 = y0 + size * 0.6;
            for (int y = 0; y < size; y++)
                for (int x = 0; x < size; x++)
                {
                    double cx = x + 0.5, cy = y + 0.5;
                    if (cx < x0 || cx > x1 || cy < y0 || cy > y1) continue;
                    var i = (y * size + x) * 4;
                    var (r, g, b) = Colours[bar];
                    const double alpha = 0.85;
                    var under = pixels[i + 3] / 255.0;
                    pixels[i] = (byte)(r * alpha + pixels[i] * (1 - alpha) * under);
                    pixels[i + 1] = (byte)(g * alpha + pixels[i + 1] * (1 - alpha) * under);
                    pixels[i + 2] = (byte)(b * alpha + pixels[i + 2] * (1 - alpha) * under);
                    pixels[i + 3] = (byte)Math.Round(255 * (alpha + under * (1 - alpha)));
                }
        }
        return Encode(size, size, pixels);
    }

    private static byte[] Encode(int width, int height, byte[] rgba)
    {
        using var raw = new MemoryStream();
        for (int y = 0; y < height; y++)
        {
            raw.WriteByte(0); // filter: none
            raw.Write(rgba, y * width * 4, width * 4);
        }
        using var compressed = new MemoryStream();
        using (var z = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true)) raw.WriteTo(z);
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8; // bits per channel
        header[9] = 6; // RGBA
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", compressed.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var head = new byte[8];
        WriteBigEndian(head, 0, (uint)data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, 0, 4, head, 4);
        png.Write(head);
        png.Write(data);
        var crc = new byte[4];
        WriteBigEndian(crc, 0, Crc32(head.AsSpan(4), data));
        png.Write(crc);
    }

    private static void WriteBigEndian(byte[] buffer, int at, uint value)
    {
        buffer[at] = (byte)(value >> 24);
        buffer[at + 1] = (byte)(value >> 16);
        buffer[at + 2] = (byte)(value >> 8);
        buffer[at + 3] = (byte)value;
    }

    private static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (int k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    private static uint Crc32(ReadOnlySpan<byte> type, byte[] data)
    {
        var c = 0xFFFFFFFFu;
        foreach (var b in type) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        foreach (var b in data) c = CrcTable[(c ^ b) & 0xFF] ^ (c >> 8);
        return c ^ 0xFFFFFFFFu;
    }
}
