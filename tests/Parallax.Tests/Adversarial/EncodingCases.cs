using System.Text;
using Parallax.Tests.Support;
using static Parallax.Tests.Adversarial.HostileText;

namespace Parallax.Tests.Adversarial;

/// <summary>Hostile bytes: random data, NUL, broken and foreign encodings. Each file is loaded, warned about or skipped, never fatal.</summary>
[Collection(AdversarialCollection.Name)]
public class EncodingCases
{
    [Fact]
    public void Random_bytes_in_every_article_format_are_skipped_or_read_without_crashing() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "good.txt", Story);
        string[] names = ["noise.txt", "noise.md", "noise.html", "noise.jsonl", "noise-2.txt", "noise-3.md"];
        for (int i = 0; i < names.Length; i++) Put(dir, names[i], RandomBytes(1000 + i, 4096 * (i + 1)));
        Put(dir, "printable.txt", Encoding.Latin1.GetBytes(new string(RandomBytes(7, 20000).Select(b => (char)(32 + b % 200)).ToArray())));
        var o = Hostile.Process(dir.Path);
        if (o.Error is { } e) Assert.Contains(e.File, names.Concat(["printable.txt"]));
        else
        {
            Assert.Contains(o.Loaded.Articles, a => a.Id == "good");
            foreach (var name in names)
                Assert.True(o.Loaded.Articles.Any(a => a.File == name) || o.Loaded.Warnings.Any(w => w.File == name), $"{name} neither loaded nor warned about");
        }
    });

    [Fact]
    public void A_text_with_nul_bytes_is_skipped_with_a_warning_naming_it() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "good.txt", Story);
        Put(dir, "nul.txt", [.. Encoding.UTF8.GetBytes(Story), 0, 0, .. Encoding.UTF8.GetBytes(Story)]);
        var o = Hostile.Process(dir.Path);
        Assert.Equal(["good"], o.Loaded.Articles.Select(a => a.Id));
        Assert.Contains(o.Loaded.Warnings, w => w.File == "nul.txt" && w.Message.Contains("NUL"));
    });

    [Fact]
    public void Invalid_utf8_is_read_as_windows_1252_with_a_warning() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "broken.txt", [.. Encoding.UTF8.GetBytes("The mayor said "), 0xC3, 0x28, 0xFF, 0xFE, 0x80, .. Encoding.UTF8.GetBytes(" the bridge is closed.\n")]);
        var o = Hostile.Process(dir.Path);
        var a = Assert.Single(o.Loaded.Articles);
        Assert.StartsWith("The mayor said ", a.Text);
        Assert.Contains(o.Loaded.Warnings, w => w.File == "broken.txt" && w.Message.Contains("UTF-8"));
    });

    [Fact]
    public void Windows_1252_french_keeps_its_accents_and_is_reported() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "lyon.txt", CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(French));
        var o = Hostile.Process(dir.Path);
        var a = Assert.Single(o.Loaded.Articles);
        Assert.Contains("Étienne Façonnet", a.Text);
        Assert.Contains("cœur « brisé » et 20 €", a.Text);
        Assert.Contains(o.Loaded.Warnings, w => w.File == "lyon.txt" && w.Message.Contains("Windows-1252"));
    });

    [Theory]
    [InlineData("le-bom", true)]
    [InlineData("be-bom", true)]
    [InlineData("le-nobom", false)]
    [InlineData("be-nobom", false)]
    public void Utf16_with_and_without_a_byte_order_mark_is_read(string name, bool bom) => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        var encoding = name.StartsWith("le") ? new UnicodeEncoding(false, bom) : new UnicodeEncoding(true, bom);
        Put(dir, name + ".txt", [.. encoding.GetPreamble(), .. encoding.GetBytes(Story + French)]);
        var o = Hostile.Process(dir.Path);
        var a = Assert.Single(o.Loaded.Articles);
        Assert.StartsWith("The harbour authority said", a.Text);
        Assert.Contains("Étienne Façonnet", a.Text);
        if (!bom) Assert.Contains(o.Loaded.Warnings, w => w.File == name + ".txt" && w.Message.Contains("UTF-16"));
        else Assert.Empty(o.Loaded.Warnings);
    });

    [Fact]
    public void Lone_surrogates_and_control_characters_in_jsonl_do_not_break_tagging_or_json() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "feed.jsonl",
            "{\"id\": \"lone\", \"title\": \"Half \\ud800 pair\", \"text\": \"Anna Berg said \\ud83d the \\udc00 pier \\u0001\\u001f\\u007f closed.\\nMore \\ud83d\\ude00 text.\"}\n" +
            "{\"id\": \"ctl\", \"text\": \"\\u0007Bell \\u001b[31m red \\u0008 text said the Coastal Herald.\"}\n");
        var o = Hostile.Process(dir.Path);
        if (o.Error is { } e) { Assert.Equal("feed.jsonl", e.File); Assert.NotNull(e.Line); return; }
        var lone = o.Loaded["lone"];
        Assert.True(SpanRules.IsWellFormed(lone.Text), "text keeps an unpaired surrogate");
        Assert.Contains("\U0001F600", lone.Text);
        Assert.Contains("Anna Berg said", lone.Text);
    });

    [Fact]
    public void Old_mac_and_mixed_line_endings_become_paragraphs() => SuiteTally.Case(() =>
    {
        using var dir = Repo.Temp();
        Put(dir, "cr.txt", Story.Replace("\n", "\r") + "\r\n\u2028Last line.\u0085");
        var a = Assert.Single(Hostile.Process(dir.Path).Loaded.Articles);
        Assert.DoesNotContain('\r', a.Text);
        Assert.True(a.Paragraphs.Count >= 4, $"{a.Paragraphs.Count} paragraphs");
    });
}
