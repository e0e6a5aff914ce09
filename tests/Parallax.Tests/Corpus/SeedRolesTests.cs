using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>Paragraph roles on the sample corpus equal the gold <c>non_body_lines</c>, role by role.</summary>
public class SeedRolesTests
{
    private static readonly Lazy<Parallax.Corpus> Seeds = new(() => Parallax.Corpus.Load(Repo.Seeds));

    public static TheoryData<string> Ids() => new(Gold.Articles.Select(Gold.Id));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Roles_equal_gold_non_body_lines(string id)
    {
        var article = Seeds.Value[id];
        var gold = Gold.Article(id).GetProperty("non_body_lines");
        foreach (var role in Enum.GetValues<ParagraphRole>().Where(r => r != ParagraphRole.Body))
        {
            var name = Parallax.Tags.TagsJson.Snake(role.ToString());
            var expected = Gold.Strings(gold, name).Select(Gold.Plain).Distinct().Order(StringComparer.Ordinal).ToList();
            var actual = article.Paragraphs.Where(p => p.Role == role).Select(p => Gold.Plain(article.TextOf(p))).Distinct().Order(StringComparer.Ordinal).ToList();
            Assert.True(expected.SequenceEqual(actual), $"{id} {name}: expected [{string.Join(" | ", expected)}] but got [{string.Join(" | ", actual)}]");
        }
    }

    [Fact]
    public void Every_non_body_gold_line_is_a_paragraph()
    {
        foreach (var g in Gold.Articles)
        {
            var article = Seeds.Value[Gold.Id(g)];
            var texts = article.Paragraphs.Select(p => Gold.Plain(article.TextOf(p))).ToHashSet();
            foreach (var role in g.GetProperty("non_body_lines").EnumerateObject())
                foreach (var line in role.Value.EnumerateArray())
                    Assert.Contains(Gold.Plain(line.GetString()!), texts);
        }
    }
}
