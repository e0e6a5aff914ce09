namespace Parallax.Synth;

/// <summary>A piece of a template: literal text or the name of a slot (written <c>{name}</c>).</summary>
public readonly record struct TemplateSegment(string Text, bool IsSlot);

/// <summary>A compiled English/French sentence template.</summary>
public sealed record SynthTemplate(IReadOnlyList<TemplateSegment> En, IReadOnlyList<TemplateSegment> Fr, int Attributions, int EstimatedWords)
{
    public IReadOnlyList<TemplateSegment> For(string language) => language == "fr" ? Fr : En;

    public static SynthTemplate Compile(string en, string fr, int attributions, string where)
    {
        var e = Parse(en, where);
        var f = Parse(fr, where);
        int words = Parallax.Text.WordCounter.Count(string.Concat(e.Where(s => !s.IsSlot).Select(s => s.Text))) + 2 * e.Count(s => s.IsSlot);
        return new SynthTemplate(e, f, attributions, words);
    }

    public static IReadOnlyList<TemplateSegment> Parse(string text, string where)
    {
        var list = new List<TemplateSegment>();
        int i = 0;
        while (i < text.Length)
        {
            int open = text.IndexOf('{', i);
            if (open < 0) { list.Add(new(text[i..], false)); break; }
            if (open > i) list.Add(new(text[i..open], false));
            int close = text.IndexOf('}', open);
            if (close < 0) throw new InvalidDataException($"{where}: unclosed '{{' in template \"{text}\"");
            list.Add(new(text[(open + 1)..close], true));
            i = close + 1;
        }
        return list;
    }
}
