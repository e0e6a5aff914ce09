using Parallax.Tests.Support;

namespace Parallax.Tests.Loading;

/// <summary>Paragraph roles from the rules in paragraph-roles.yaml, on articles written for these tests.</summary>
public class ParagraphRoleTests
{
    private static Article Load(string text, string? manifest = null, string name = "a.txt")
    {
        using var tmp = Repo.Temp();
        File.WriteAllText(tmp.File(name), text);
        if (manifest is not null) File.WriteAllText(tmp.File("corpus.yaml"), manifest);
        return Assert.Single(Parallax.Corpus.Load(tmp.Path).Articles);
    }

    private static List<(ParagraphRole, string)> Roles(Article a) => a.Paragraphs.Select(p => (p.Role, a.TextOf(p))).ToList();

    [Fact]
    public void English_page_copy_gets_every_role()
    {
        var text = """
            Independent news for the coast since 1998

            Pier to close for a year of repairs

            By Maria Lopez

            March 9, 2021 at 7:05 am

            Workers inspect the northern pier, 8 March 2021

            The harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring, after engineers found cracks.

            Fishing boats will use the southern quay in the meantime, a spokesperson said, adding that fees would not change this year.

            READ: Ferry timetable changes for the summer season

            The mayor, left, and the harbour master inspect the damage on Monday.

            Engineers said the repairs would cost more than two million euros, which the region has agreed to pay in full.

            Share this article

            Leave a Reply

            12 Comments

            City to expand cycle lanes along the seafront
            """;
        var a = Load(text);
        Assert.Equal(
        [
            (ParagraphRole.Tagline, "Independent news for the coast since 1998"),
            (ParagraphRole.Headline, "Pier to close for a year of repairs"),
            (ParagraphRole.Byline, "By Maria Lopez"),
            (ParagraphRole.Dateline, "March 9, 2021 at 7:05 am"),
            (ParagraphRole.Caption, "Workers inspect the northern pier, 8 March 2021"),
            (ParagraphRole.Body, "The harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring, after engineers found cracks."),
            (ParagraphRole.Body, "Fishing boats will use the southern quay in the meantime, a spokesperson said, adding that fees would not change this year."),
            (ParagraphRole.Promo, "READ: Ferry timetable changes for the summer season"),
            (ParagraphRole.Caption, "The mayor, left, and the harbour master inspect the damage on Monday."),
            (ParagraphRole.Body, "Engineers said the repairs would cost more than two million euros, which the region has agreed to pay in full."),
            (ParagraphRole.Boilerplate, "Share this article"),
            (ParagraphRole.Boilerplate, "Leave a Reply"),
            (ParagraphRole.Boilerplate, "12 Comments"),
            (ParagraphRole.Promo, "City to expand cycle lanes along the seafront"),
        ], Roles(a));
        Assert.Equal("Pier to close for a year of repairs", a.Metadata.Title);
        Assert.Equal("Maria Lopez", a.Metadata.Author);
        Assert.Equal("2021-03-09T07:05", a.Metadata.Published);
        Assert.Equal(MetadataOrigin.Inferred, a.Metadata.Origins["author"]);
    }

    [Fact]
    public void French_page_copy_gets_every_role()
    {
        var text = """
            Le port ferme sa jetée nord

            Par Jeanne Martin

            jeudi 12 mars 2020

            La jetée nord (à gauche), vue depuis le phare. Photo : AFP

            L'autorité portuaire a annoncé mardi que la jetée nord resterait fermée pour travaux jusqu'au printemps prochain.

            À lire aussi : Les ferries changent d'horaires cet été

            Les pêcheurs devront utiliser le quai sud, selon un communiqué publié par la mairie dans la matinée.

            LAISSER UN COMMENTAIRE

            Veuillez entrer votre nom ici
            """;
        var a = Load(text);
        Assert.Equal("fr", a.Language);
        Assert.Equal(
        [
            ParagraphRole.Headline, ParagraphRole.Byline, ParagraphRole.Dateline, ParagraphRole.Caption, ParagraphRole.Body,
            ParagraphRole.Promo, ParagraphRole.Body, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate,
        ], a.Paragraphs.Select(p => p.Role));
        Assert.Equal("2020-03-12", a.Metadata.Published);
        Assert.Equal("Jeanne Martin", a.Metadata.Author);
    }

    [Fact]
    public void Author_line_and_lone_name_at_the_end_are_bylines()
    {
        var text = """
            The harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring.

            Fishing boats will use the southern quay in the meantime, a spokesperson said, adding that fees would not change.

            Maria Lopez

            Author: Maria Lopez
            """;
        var a = Load(text);
        Assert.Equal([ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Byline, ParagraphRole.Byline], a.Paragraphs.Select(p => p.Role));
        Assert.Null(a.Metadata.Title);
    }

    [Fact]
    public void Sentences_that_merely_mention_photos_or_sides_stay_body()
    {
        var text = """
            The photo exhibition opened on Friday and drew more visitors than the organisers had expected, according to the museum.

            Parties on the far right and the far left both criticised the budget, which passed by a narrow margin on Thursday.

            By the end of the week, the council had approved the plan with only two votes against it, officials said.

            Short line in the middle without a period

            The mayor said he would present a revised plan to the council before the summer recess, as promised in March.
            """;
        var a = Load(text);
        Assert.All(a.Paragraphs, p => Assert.Equal(ParagraphRole.Body, p.Role));
    }

    [Fact]
    public void Title_from_the_manifest_marks_the_headline_and_a_null_title_marks_none()
    {
        var text = "Pier closure\n\nPier to close for a year of repairs\n\nThe harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring.\n";
        var given = Load(text, "files:\n  a.txt:\n    title: Pier to close for a year of repairs\n");
        Assert.Equal(ParagraphRole.Headline, given.Paragraphs[1].Role);
        Assert.NotEqual(ParagraphRole.Headline, given.Paragraphs[0].Role);
        Assert.Equal(MetadataOrigin.Manifest, given.Metadata.Origins["title"]);

        var none = Load(text, "files:\n  a.txt:\n    title: null\n");
        Assert.Null(none.Metadata.Title);
        Assert.DoesNotContain(none.Paragraphs, p => p.Role == ParagraphRole.Headline);
    }

    [Fact]
    public void A_corpus_folder_can_add_role_rules()
    {
        using var tmp = Repo.Temp();
        File.WriteAllText(tmp.File("a.txt"), "The harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring.\n\nSupport local journalism today\n");
        File.WriteAllText(tmp.File("paragraph-roles.yaml"), "boilerplate:\n  - { pattern: '^support local journalism' }\n");
        var a = Assert.Single(Parallax.Corpus.Load(tmp.Path).Articles);
        Assert.Equal(ParagraphRole.Boilerplate, a.Paragraphs[1].Role);
    }

    [Fact]
    public void A_lone_name_above_the_headline_is_a_byline_not_the_title()
    {
        var text = """
            Maria Lopez

            Pier to close for a year of repairs

            The harbour authority said on Tuesday that the northern pier would stay closed for repairs until next spring.

            Reporting by Maria Lopez; editing by Tom Baker
            """;
        var a = Load(text);
        Assert.Equal("Pier to close for a year of repairs", a.Metadata.Title);
        Assert.Equal([ParagraphRole.Byline, ParagraphRole.Headline, ParagraphRole.Body, ParagraphRole.Byline], a.Paragraphs.Select(p => p.Role));
    }

    [Fact]
    public void Wire_style_copy_with_credits_and_reading_time()
    {
        var text = """
            Flooding forces thousands from homes in the north
            By Anna Bianchi and Marco Rossi
            5 minute read
            Updated 3 hours ago
            May 17, 2023 10:42 AM GMT+2
            Rescue workers help residents of a flooded town, May 17, 2023. REUTERS/Jane Roe
            ROME, May 17 (Reuters) - Floods in the north of the country have forced thousands of people from their homes, officials said on Wednesday.
            At least eight people have died, according to the regional civil protection agency, which warned that more rain was expected.
            Reporting by Anna Bianchi; Editing by Peter Graff
            Our Standards: The Trust Principles.
            """;
        var a = Load(text);
        Assert.Equal(
        [
            ParagraphRole.Headline, ParagraphRole.Byline, ParagraphRole.Boilerplate, ParagraphRole.Boilerplate, ParagraphRole.Dateline,
            ParagraphRole.Caption, ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Byline, ParagraphRole.Boilerplate,
        ], a.Paragraphs.Select(p => p.Role));
        Assert.Equal("2023-05-17T10:42", a.Metadata.Published);
        Assert.Equal("Anna Bianchi", a.Metadata.Author);
    }

    [Fact]
    public void French_newspaper_copy_with_breadcrumbs_and_agency_credit()
    {
        var text = """
            Accueil » Monde » Europe
            Inondations : des milliers d'habitants évacués dans le nord du pays
            Par La Gazette avec AFP
            Publié le 17/05/2023 à 10:42, mis à jour le 17/05/2023 à 12:15
            Des secouristes aident des habitants d'une ville inondée, le 17 mai 2023. AFP
            Des inondations dans le nord du pays ont contraint des milliers de personnes à quitter leur domicile, ont indiqué mercredi les autorités.
            Au moins huit personnes sont mortes, selon l'agence régionale de protection civile, qui a averti que d'autres pluies étaient attendues.
            Partager
            """;
        var a = Load(text);
        Assert.Equal(
        [
            ParagraphRole.Boilerplate, ParagraphRole.Headline, ParagraphRole.Byline, ParagraphRole.Dateline, ParagraphRole.Caption,
            ParagraphRole.Body, ParagraphRole.Body, ParagraphRole.Boilerplate,
        ], a.Paragraphs.Select(p => p.Role));
        Assert.Equal("2023-05-17T10:42", a.Metadata.Published);
    }
}
