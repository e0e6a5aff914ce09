using Parallax.Loading;

namespace Parallax.Tests.Loading;

/// <summary>Language, date and name inference on sentences written for these tests.</summary>
public class InferenceTests
{
    private static readonly LanguageDetector Languages = LanguageDetector.For(KitData.For(null));
    private static readonly DateFinder Dates = DateFinder.For(KitData.For(null));
    private static readonly DatelineReader Datelines = DatelineReader.For(KitData.For(null));

    [Theory]
    [InlineData("en", "The city council said on Monday that the new bridge would open to traffic in the spring, after two years of delays and rising costs.")]
    [InlineData("fr", "Le conseil municipal a annoncé lundi que le nouveau pont serait ouvert à la circulation au printemps, après deux ans de retard.")]
    [InlineData("de", "Der Stadtrat teilte am Montag mit, dass die neue Brücke im Frühjahr für den Verkehr freigegeben wird, nach zwei Jahren Verzögerung.")]
    [InlineData("es", "El ayuntamiento dijo el lunes que el nuevo puente se abrirá al tráfico en primavera, tras dos años de retrasos y costes crecientes.")]
    [InlineData("it", "Il consiglio comunale ha detto lunedì che il nuovo ponte sarà aperto al traffico in primavera, dopo due anni di ritardi e costi.")]
    [InlineData("pt", "A câmara municipal disse na segunda-feira que a nova ponte será aberta ao trânsito na primavera, depois de dois anos de atrasos.")]
    [InlineData("nl", "De gemeenteraad zei maandag dat de nieuwe brug in het voorjaar voor het verkeer wordt geopend, na twee jaar van vertraging.")]
    [InlineData("tr", "Belediye meclisi pazartesi günü yaptığı açıklamada, yeni köprünün iki yıllık gecikmenin ardından ilkbaharda trafiğe açılacağını ve bu kadar geç olduğu için özür dilediğini söyledi.")]
    [InlineData("ru", "Городской совет заявил в понедельник, что новый мост будет открыт для движения весной, после двух лет задержек и роста расходов.")]
    [InlineData("uk", "Міська рада заявила в понеділок, що новий міст буде відкрито для руху навесні, після двох років затримок і зростання витрат.")]
    [InlineData("ar", "قال المجلس البلدي يوم الاثنين إن الجسر الجديد سيفتح أمام حركة المرور في الربيع بعد عامين من التأخير وارتفاع التكاليف في المدينة.")]
    [InlineData("fa", "شورای شهر روز دوشنبه اعلام کرد که پل جدید پس از دو سال تأخیر در بهار برای عبور و مرور باز خواهد شد و هزینه‌ها نیز افزایش یافته است.")]
    [InlineData("ur", "شہر کی کونسل نے پیر کے روز کہا ہے کہ نیا پل دو سال کی تاخیر کے بعد بہار میں ٹریفک کے لیے کھول دیا جائے گا اور اخراجات بھی بڑھ گئے ہیں۔")]
    [InlineData("el", "Το δημοτικό συμβούλιο ανακοίνωσε τη Δευτέρα ότι η νέα γέφυρα θα ανοίξει για την κυκλοφορία την άνοιξη.")]
    public void Language_is_detected(string expected, string text)
    {
        var (language, confidence) = Languages.Detect(text);
        Assert.Equal(expected, language);
        Assert.InRange(confidence, 0.01, 1);
    }

    [Fact]
    public void No_letters_means_no_language()
    {
        Assert.Equal((null, 0.0), Languages.Detect("12 345 — 67"));
    }

    [Theory]
    [InlineData("March 9, 2021 at 7:05 am", "en", "2021-03-09T07:05")]
    [InlineData("June 30, 2019 at 11:59 pm", "en", "2019-06-30T23:59")]
    [InlineData("Tue, 06/11/2019 – 08:30", "en", "2019-06-11T08:30")]
    [InlineData("Tue, 11/06/2019 – 08:30", "fr", "2019-06-11T08:30")]
    [InlineData("25/12/2019", "en", "2019-12-25")]
    [InlineData("jeudi 12 mars 2020", "fr", "2020-03-12")]
    [InlineData("Publié le 1er avril 2021 à 14h05", "fr", "2021-04-01T14:05")]
    [InlineData("2023-07-14", "en", "2023-07-14")]
    [InlineData("Updated: 2023-07-14T18:02:11Z", "en", "2023-07-14T18:02")]
    [InlineData("January 2, 2025 - 09:15", "en", "2025-01-02T09:15")]
    [InlineData("3. Oktober 2022, 10:30 Uhr", "de", "2022-10-03T10:30")]
    [InlineData("5 de mayo de 2018", "es", "2018-05-05")]
    [InlineData("12 февраля 2021 г.", "ru", "2021-02-12")]
    [InlineData("14 Şubat 2022", "tr", "2022-02-14")]
    public void Datelines_are_read(string line, string language, string expected)
    {
        Assert.Equal(expected, Datelines.Read(line, language));
    }

    [Theory]
    [InlineData("On Sunday, March 8, the mayor spoke.")]
    [InlineData("March 8")]
    [InlineData("Monday, 8 March")]
    [InlineData("le 8 mars")]
    public void A_date_without_a_year_is_not_guessed(string text)
    {
        Assert.Empty(Dates.FindAll(text, "en"));
        Assert.Null(Datelines.Read(text, "en"));
    }

    [Theory]
    [InlineData("The vote was held on March 9, 2021 at the town hall after a long debate.")]
    [InlineData("2 comments on March 9, 2021")]
    [InlineData("Photo taken 9 March 2021")]
    public void A_sentence_containing_a_date_is_not_a_dateline(string text)
    {
        Assert.Null(Datelines.Read(text, "en"));
    }

    [Fact]
    public void Impossible_dates_are_refused()
    {
        Assert.Empty(Dates.FindAll("February 30, 2021", "en"));
        Assert.Empty(Dates.FindAll("2021-13-01", "en"));
    }

    [Theory]
    [InlineData("Maria Lopez", true)]
    [InlineData("Jean-Pierre de la Tour", true)]
    [InlineData("J. R. Smith", true)]
    [InlineData("Ahmad bin Salem", true)]
    [InlineData("the city council", false)]
    [InlineData("Monday March", false)]
    [InlineData("HARBOUR NEWS", false)]
    [InlineData("Maria Lopez reports.", false)]
    [InlineData("Paris", false)]
    public void Lone_names_are_recognised(string text, bool expected)
    {
        var shape = new NameShape(["de", "la", "bin"], ["monday", "march"], 4);
        Assert.Equal(expected, shape.IsName(text));
    }

    [Theory]
    [InlineData("Jane Roe and John Doe, Reuters", "Jane Roe")]
    [InlineData("JANE ROE Associated Press", "JANE ROE Associated Press")]
    [InlineData("Reuters", "Reuters")]
    [InlineData("Monday", null)]
    [InlineData("the end of the week", null)]
    public void Names_after_a_byline_cue(string text, string? expected)
    {
        var shape = new NameShape(["de", "la", "bin"], ["monday", "march"], 4);
        Assert.Equal(expected, shape.FirstName(text));
    }
}
