using System.Text;

namespace Parallax.Loading;

/// <summary>
/// Turns file bytes into text: UTF-8 (with or without BOM), UTF-16 LE/BE and UTF-32 LE with a BOM; bytes that are not
/// valid UTF-8 are read as Windows-1252 (the usual encoding of older Western European files), which the caller reports.
/// UTF-16 without a BOM is recognised when one byte of most pairs is zero (text mostly in Latin script).
/// </summary>
public static class TextDecoder
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(false, throwOnInvalidBytes: true);
    private static readonly Encoding Windows1252 = CodePagesEncodingProvider.Instance.GetEncoding(1252)
        ?? throw new InvalidOperationException("Windows-1252 is not available");

    /// <summary>The decoded text and the name of the encoding used.</summary>
    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return (Utf8(bytes[3..]) ?? Windows1252.GetString(bytes[3..]), "utf-8-bom");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return (new UTF32Encoding(false, false).GetString(bytes[4..]), "utf-32le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return (Encoding.Unicode.GetString(bytes[2..]), "utf-16le");
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return (Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16be");
        if (Utf16WithoutBom(bytes) is { } guessed) return guessed;
        return Utf8(bytes) is { } s ? (s, "utf-8") : (Windows1252.GetString(bytes), "windows-1252");
    }

    /// <summary>Names the guess the user should hear about, or null when the encoding was marked or plain UTF-8.</summary>
    public static string? Guess(string encoding) => encoding switch
    {
        "windows-1252" => "not valid UTF-8; read as Windows-1252",
        "utf-16le-guessed" => "no byte-order mark; read as UTF-16LE (guessed from its zero bytes)",
        "utf-16be-guessed" => "no byte-order mark; read as UTF-16BE (guessed from its zero bytes)",
        _ => null,
    };

    private static (string, string)? Utf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < 8 || bytes.Length % 2 != 0 || !bytes.Contains((byte)0)) return null;
        int evenZero = 0, oddZero = 0, pairs = bytes.Length / 2;
        for (int i = 0; i < bytes.Length; i += 2)
        {
            if (bytes[i] == 0) evenZero++;
            if (bytes[i + 1] == 0) oddZero++;
        }
        bool little = oddZero * 10 >= pairs * 3 && evenZero * 50 < pairs;
        bool big = evenZero * 10 >= pairs * 3 && oddZero * 50 < pairs;
        if (!little && !big) return null;
        try
        {
            var text = new UnicodeEncoding(big, false, throwOnInvalidBytes: true).GetString(bytes);
            return text.Contains('\0') ? null : (text, little ? "utf-16le-guessed" : "utf-16be-guessed");
        }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>True when the encoding was a fallback guess the user should hear about.</summary>
    public static bool IsFallback(string encoding) => encoding == "windows-1252";

    /// <summary>Reads a configuration file (manifest), as text; failures are errors naming the file.</summary>
    public static string DecodeConfig(string path, string name)
    {
        try
        {
            var info = new FileInfo(path);
            if (info.Length > YamlTree.MaxChars) throw new CorpusException(name, $"file is larger than {YamlTree.MaxChars / (1024 * 1024)} MB");
            return Parallax.Text.TextNormalizer.Normalize(Decode(File.ReadAllBytes(path)).Text);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CorpusException(name, "cannot be read: " + e.Message);
        }
    }

    private static string? Utf8(ReadOnlySpan<byte> bytes)
    {
        try { return StrictUtf8.GetString(bytes); }
        catch (DecoderFallbackException) { return null; }
    }
}
