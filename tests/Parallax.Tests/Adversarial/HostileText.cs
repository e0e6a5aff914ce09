using System.Text;
using Parallax.Tests.Support;

namespace Parallax.Tests.Adversarial;

/// <summary>Ordinary news sentences (not from the sample) and builders of hostile files from them.</summary>
public static class HostileText
{
    public const string Story =
        "The harbour authority said on Tuesday that the northern pier would stay closed for repairs until the spring.\n" +
        "\"We cannot risk another collapse,\" said Maria Lindqvist, the port director, according to the Coastal Herald.\n" +
        "Residents told reporters the closure was a disaster for fishermen, officials reportedly admitted.\n";

    public const string French =
        "Le maire de Lyon, Étienne Façonnet, a déclaré mardi que la cérémonie aurait lieu à l'hôtel de ville.\n" +
        "« Nous sommes très inquiets », a-t-il ajouté selon l'Agence Presse, évoquant un cœur « brisé » et 20 €.\n";

    public const string Persian =
        "به گزارش خبرگزاری محلی، فرماندار شهر روز سه‌شنبه گفت که پل شمالی تا بهار بسته خواهد ماند.\n" +
        "او افزود: «ما نمی‌توانیم خطر فروریختن دوباره را بپذیریم.» ساکنان این تصمیم را فاجعه خواندند.\n" +
        "۱۲ نفر زخمی شدند و ۳ نفر در بیمارستان بستری هستند.\n";

    /// <summary>Seeded random bytes (the same on every run).</summary>
    public static byte[] RandomBytes(int seed, int length)
    {
        var bytes = new byte[length];
        new Random(seed).NextBytes(bytes);
        return bytes;
    }

    /// <summary>The text repeated until it reaches about <paramref name="chars"/> characters.</summary>
    public static string Repeat(string text, int chars)
    {
        var sb = new StringBuilder(chars + text.Length);
        while (sb.Length < chars) sb.Append(text);
        return sb.ToString();
    }

    /// <summary>Writes a file (UTF-8 without BOM) into a folder, creating sub-folders.</summary>
    public static string Put(TempDir dir, string name, string text) => Put(dir, name, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes into a folder, creating sub-folders.</summary>
    public static string Put(TempDir dir, string name, byte[] bytes)
    {
        var path = Path.Combine(dir.Path, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }
}
