using Assistant.Storage.Redaction;

namespace Assistant.Storage.Tests.Redaction;

public class TranscriptRedactorTests
{
    private readonly TranscriptRedactor _sut = new();

    [Theory]
    [InlineData("Mijn e-mailadres is an.peeters@example.be.", "Mijn e-mailadres is [email].")]
    [InlineData("Write to jean-luc.o'neil+jobs@mail.gemeente-lievegem.be please", "Write to [email] please")]
    [InlineData("Mon adresse : élodie.dupont@exemple.fr", "Mon adresse : [email]")]
    public void Redact_EmailAddress_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Bel me op 0470 12 34 56 aub", "Bel me op [phone] aub")]
    [InlineData("Mijn gsm: 0470/12.34.56", "Mijn gsm: [phone]")]
    [InlineData("Vast nummer 09 123 45 67.", "Vast nummer [phone].")]
    [InlineData("Call me on +32 470 12 34 56", "Call me on [phone]")]
    [InlineData("Appelez le +32 (0)9 123 45 67 svp", "Appelez le [phone] svp")]
    [InlineData("nummer 0032470123456", "nummer [phone]")]
    [InlineData("0471234567", "[phone]")]
    [InlineData("Mijn Nederlandse nummer is +31 6 12345678", "Mijn Nederlandse nummer is [phone]")]
    public void Redact_PhoneNumber_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Stort op BE68 5390 0754 7034.", "Stort op [iban].")]
    [InlineData("my account be68539007547034", "my account [iban]")]
    [InlineData("IBAN NL91 ABNA 0417 1643 00", "IBAN [iban]")]
    public void Redact_Iban_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Mijn rijksregisternummer is 85.07.30-033.28", "Mijn rijksregisternummer is [id]")]
    [InlineData("numéro national 85073003328", "numéro national [id]")]
    [InlineData("national number 850730-033-28", "national number [id]")]
    public void Redact_NationalRegisterNumber_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Ik ben geboren op 12 maart 1990 in Gent.", "Ik ben geboren op [birthdate] in Gent.")]
    [InlineData("geboren op 03/04/1988", "geboren op [birthdate]")]
    [InlineData("I was born on 3 April 1988", "I was born on [birthdate]")]
    [InlineData("I was born on April 3rd, 1988", "I was born on [birthdate]")]
    [InlineData("Je suis née le 1er mai 1992.", "Je suis née le [birthdate].")]
    [InlineData("Date de naissance : 01/05/1992", "Date de naissance : [birthdate]")]
    [InlineData("geboortedatum: 1990-03-12", "geboortedatum: [birthdate]")]
    [InlineData("Mijn geboortedatum is 12/03/1990.", "Mijn geboortedatum is [birthdate].")]
    public void Redact_DateOfBirth_KeepsThePhrase(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Ik heb 3 jaar ervaring als boekhouder.", "Ik heb [experience] als boekhouder.")]
    [InlineData("Ik heb drie jaar relevante ervaring.", "Ik heb [experience].")]
    [InlineData("Met 5 jaar werkervaring in de privé, hoeveel verdien ik?", "Met [experience] in de privé, hoeveel verdien ik?")]
    [InlineData("Mijn ervaring: 4 jaar bij een OCMW", "Mijn ervaring: [experience] bij een OCMW")]
    [InlineData("Ik werk al 6 jaar bij de gemeente.", "Ik werk al [experience] bij de gemeente.")]
    [InlineData("I have 3 years of experience in HR.", "I have [experience] in HR.")]
    [InlineData("I have five years' experience", "I have [experience]")]
    [InlineData("I've worked as a nurse for 7 years.", "I've worked as a nurse for [experience].")]
    [InlineData("J'ai 3 ans d'expérience dans le privé.", "J'ai [experience] dans le privé.")]
    [InlineData("J'ai une expérience de 2 ans comme comptable.", "J'ai une expérience de [experience] comme comptable.")]
    [InlineData("Je travaille depuis 4 ans à la commune.", "Je travaille depuis [experience] à la commune.")]
    [InlineData("Ik heb 2 jaar ervaring in de overheid en 5 jaar in de privé.", "Ik heb [experience] in de overheid en [experience] in de privé.")]
    [InlineData("Hoeveel verdien ik met 12 jaar anciënniteit?", "Hoeveel verdien ik met [experience] anciënniteit?")]
    [InlineData("Ik heb 3,5 jaar ervaring", "Ik heb [experience]")]
    public void Redact_YearsOfExperience_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Ik heb een bachelordiploma, kan ik solliciteren?", "Ik heb [diploma], kan ik solliciteren?")]
    [InlineData("Ik heb een master in de rechten.", "Ik heb [diploma].")]
    [InlineData("Ik heb geen diploma secundair onderwijs.", "Ik heb [diploma].")]
    [InlineData("Kan ik met een professionele bachelor solliciteren?", "Kan ik met [diploma] solliciteren?")]
    [InlineData("I have a master's degree in economics.", "I have [diploma].")]
    [InlineData("I hold a bachelor's degree, am I eligible?", "I hold [diploma], am I eligible?")]
    [InlineData("J'ai un bachelier en comptabilité.", "J'ai [diploma].")]
    [InlineData("Je suis titulaire d'un master en droit.", "Je suis titulaire d'[diploma].")]
    [InlineData("Kan ik solliciteren met een bachelor in de toegepaste informatica?", "Kan ik solliciteren met [diploma]?")]
    [InlineData("Ik heb een bachelor verpleegkunde, kan ik solliciteren?", "Ik heb [diploma], kan ik solliciteren?")]
    [InlineData("J'ai un diplôme de l'enseignement secondaire supérieur.", "J'ai [diploma].")]
    [InlineData("Ik heb een masterdiploma behaald in 2015.", "Ik heb [diploma] behaald in 2015.")]
    public void Redact_DiplomaStatement_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Ik had 22 op 40 voor de schriftelijke proef.", "Ik had [score] voor de schriftelijke proef.")]
    [InlineData("I scored 55/100 on the test", "I scored [score] on the test")]
    [InlineData("J'ai eu 14 sur 20 à l'épreuve écrite.", "J'ai eu [score] à l'épreuve écrite.")]
    [InlineData("I got 31.5 out of 50", "I got [score]")]
    [InlineData("Ik behaalde 12 punten op 20", "Ik behaalde [score]")]
    public void Redact_Score_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Ik ben Belg, is dat nodig?", "Ik ben [nationality], is dat nodig?")]
    [InlineData("Ik heb de Marokkaanse nationaliteit.", "Ik heb [nationality].")]
    [InlineData("Ik ben geen EU-burger.", "Ik ben [nationality].")]
    [InlineData("I am Dutch, can I apply?", "I am [nationality], can I apply?")]
    [InlineData("I'm a Polish citizen.", "I'm [nationality].")]
    [InlineData("I have Belgian nationality", "I have [nationality]")]
    [InlineData("Je suis belge.", "Je suis [nationality].")]
    [InlineData("J'ai la nationalité française.", "J'ai [nationality].")]
    [InlineData("Met de Belgische nationaliteit kan ik toch solliciteren?", "Met [nationality] kan ik toch solliciteren?")]
    [InlineData("I'm not an EU citizen.", "I'm not [nationality].")]
    [InlineData("Je suis de nationalité marocaine, puis-je postuler ?", "Je suis [nationality], puis-je postuler ?")]
    public void Redact_NationalityStatement_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Ik ben 45 jaar, is er een leeftijdsgrens?", "Ik ben [age], is er een leeftijdsgrens?")]
    [InlineData("I am 23 years old", "I am [age]")]
    [InlineData("J'ai 52 ans.", "J'ai [age].")]
    public void Redact_Age_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Theory]
    [InlineData("Tot wanneer kan ik solliciteren voor de vacature in Harelbeke?")]
    [InlineData("De deadline is 14/12/2025 om 23.59 uur.")]
    [InlineData("Het examen is op 3 februari 2026, de reserve blijft 2 jaar geldig.")]
    [InlineData("Wat is het loon in schaal B1-B3? Vanaf € 2.850,12 bruto per maand.")]
    [InlineData("Is een bachelordiploma vereist?")]
    [InlineData("Which documents do I need to send before 1 March?")]
    [InlineData("Quelle est la date limite pour postuler ?")]
    [InlineData("Hoeveel punten moet ik halen op de proef?")]
    [InlineData("De vacature sluit op 01/02/2026 10:00.")]
    [InlineData("Het examen is op 12/03 om 9u, de reserve blijft 2 jaar geldig.")]
    [InlineData("Is een masterdiploma vereist voor deze functie?")]
    [InlineData("Ik rij met een Duitse auto en heb Franse les.")]
    [InlineData("Postcode 8530 Harelbeke")]
    [InlineData("Hoeveel is 3/4 van het loon?")]
    public void Redact_NoPersonalData_LeavesTextUnchanged(string text) => Assert.Equal(text, _sut.Redact(text));

    /// <summary>Probe finding 1: the identity rules (names, addresses, obfuscated e-mail) run in the transcript redactor too; an employer's address is over-redacted, which is accepted.</summary>
    [Theory]
    [InlineData("Postcode 8530 Harelbeke, Marktstraat 29", "Postcode 8530 Harelbeke, [address]")]
    [InlineData("Mijn naam is Lotte de Smedt, ik woon Beukenlaan 7, 2800 Mechelen.", "Mijn naam is [name], ik woon [address].")]
    [InlineData("Ik ben Wout Vandermeulen: wout(at)voorbeeld(dot)be", "Ik ben [name]: [email]")]
    public void Redact_Identity_BecomesToken(string text, string expected) => Assert.Equal(expected, _sut.Redact(text));

    [Fact]
    public void Redact_SeveralFactsInOneMessage_KeepsTheSentenceReadable()
    {
        var text = "Hallo, ik ben Belg, ik heb een bachelordiploma en 4 jaar ervaring in de privé. " +
                   "Op de test had ik 24 op 40. Mail me op jan@voorbeeld.be of bel +32 470 12 34 56.";

        var redacted = _sut.Redact(text);

        Assert.Equal(
            "Hallo, ik ben [nationality], ik heb [diploma] en [experience] in de privé. " +
            "Op de test had ik [score]. Mail me op [email] of bel [phone].",
            redacted);
    }

    [Fact]
    public void Redact_AlreadyRedactedText_IsStable()
    {
        const string text = "Ik heb [diploma] en [experience], bel [phone].";

        Assert.Equal(text, _sut.Redact(text));
    }

    [Fact]
    public void Redact_LongMessage_IsRedactedPieceByPiece()
    {
        var text = string.Join(" ", Enumerable.Repeat("Ik heb een bachelordiploma en 3 jaar ervaring, bel 0470 12 34 56.", 200));

        var redacted = _sut.Redact(text);

        Assert.Equal(string.Join(" ", Enumerable.Repeat("Ik heb [diploma] en [experience], bel [phone].", 200)), redacted);
    }

    [Theory]
    [InlineData("Contact: hr@gemeente.example of 09 123 45 67. Vereist: 3 jaar ervaring en een masterdiploma.", "Contact: [email] of [phone]. Vereist: 3 jaar ervaring en een masterdiploma.")]
    [InlineData("Rijksregisternummer 85.07.30-033.61, 2 jaar ervaring", "Rijksregisternummer [id], 2 jaar ervaring")]
    public void RedactContacts_RemovesContactData_AndKeepsTheOtherFacts(string text, string expected) => Assert.Equal(expected, _sut.RedactContacts(text));
}
