using Assistant.Core.Text.Redaction;

namespace Assistant.Core.Tests.Text;

/// <summary>Probe finding 1: names after an introduction, street addresses and obfuscated e-mail (invented data, nl/en/fr).</summary>
public sealed class IdentityRedactorTests
{
    private static readonly IdentityRedactor Sut = IdentityRedactor.Default;

    [Theory]
    [InlineData("Ik ben Wout Vandermeulen, tot wanneer loopt de vacature?", "Ik ben [name], tot wanneer loopt de vacature?")]
    [InlineData("Mijn naam is Lotte de Smedt en ik heb een bachelor.", "Mijn naam is [name] en ik heb een bachelor.")]
    [InlineData("mijn naam is lotte, wat verdien ik?", "mijn naam is [name], wat verdien ik?")]
    [InlineData("Ik heet Bram Van den Eynde.", "Ik heet [name].")]
    [InlineData("My name is Harriet Oduya and I have a master's degree", "My name is [name] and I have a master's degree")]
    [InlineData("I am Tomas Lindqvist, can I apply?", "I am [name], can I apply?")]
    [InlineData("Je m'appelle Élodie Marchand, puis-je postuler ?", "Je m'appelle [name], puis-je postuler ?")]
    [InlineData("Bonjour, je suis Amélie Dufour.", "Bonjour, je suis [name].")]
    public void Names_AfterAnIntroduction(string text, string expected) => Assert.Equal(expected, Sut.Redact(text));

    [Theory]
    [InlineData("Ik ben Belg en heb een bachelor.")]
    [InlineData("ik ben blij met de info")]
    [InlineData("Ik ben geïnteresseerd in de job.")]
    [InlineData("I am Belgian, can I apply?")]
    [InlineData("Je suis Belge et j'ai un master.")]
    [InlineData("Ik ben Master in de rechten.")]
    [InlineData("Wat is het loon in Harelbeke?")]
    public void NotNames_AreKept(string text) => Assert.Equal(text, Sut.Redact(text));

    [Theory]
    [InlineData("Ik woon in de Molenstraat 41, 9870 Zulte.", "Ik woon in de [address].")]
    [InlineData("Adres: Beukenlaan 7 bus 3, 2800 Mechelen", "Adres: [address]")]
    [InlineData("Stuur het naar Oude Brugsesteenweg 112", "Stuur het naar Oude [address]")]
    [InlineData("J'habite rue des Tilleuls 23, 5000 Namur.", "J'habite [address].")]
    [InlineData("Avenue Marie Curie 8 boîte 2", "[address]")]
    [InlineData("I live at 14 Elm Tree Road.", "I live at [address].")]
    [InlineData("Postcode 8530 Harelbeke, Marktstraat 29", "Postcode 8530 Harelbeke, [address]")]
    public void StreetAddresses(string text, string expected) => Assert.Equal(expected, Sut.Redact(text));

    [Theory]
    [InlineData("mail me: wout.v(at)voorbeeld(dot)be", "mail me: [email]")]
    [InlineData("lotte [at] voorbeeld [dot] com graag", "[email] graag")]
    [InlineData("bram at voorbeeld dot org", "[email]")]
    [InlineData("elodie arobase exemple point fr", "[email]")]
    [InlineData("jan apenstaartje voorbeeld punt be", "[email]")]
    [InlineData("harriet(at)example.co.uk", "[email]")]
    [InlineData("gewoon: lotte@voorbeeld.be", "gewoon: [email]")]
    public void ObfuscatedEmail(string text, string expected) => Assert.Equal(expected, Sut.Redact(text));

    [Theory]
    [InlineData("Ik ben Wout Vandermeulen, bel me op 0470 12 34 56 of mail wout(at)voorbeeld(dot)be. Welke vacature in Kortrijk?",
        "Ik ben [name], bel me op [phone] of mail [email]. Welke vacature in Kortrijk?")]
    public void Everything_InOneMessage_TheQuestionStays(string text, string expected) => Assert.Equal(expected, Sut.Redact(text));

    [Theory]
    [InlineData("Ik heb 5 jaar ervaring en een bachelor in de rechten.")]
    [InlineData("Is de proef op 12 januari 2026 om 9 uur?")]
    [InlineData("Werken aan de Kortrijksestraat?")]
    [InlineData("Ik werk in de Stationsstraat sinds 2019")]
    public void Questions_WithoutIdentity_AreKept(string text) => Assert.Equal(text, Sut.Redact(text));

    [Fact]
    public void Prefilters_ChangeNothing()
    {
        string[] texts = ["Ik ben Wout, mijn naam is Lotte", "Kerkstraat 12, 8530 Harelbeke", "a(at)b(dot)be", "rue de la Loi 16", "I'm Tom", "x at y dot com"];
        var without = new IdentityRedactor(prefilter: false);
        Assert.All(texts, t => Assert.Equal(without.Redact(t), Sut.Redact(t)));
    }
}
