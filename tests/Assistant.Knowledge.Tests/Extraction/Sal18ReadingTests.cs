using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>
/// Salary and deadline facts in forms unseen documents use: a deadline counted from "deze publicatie" or "het verschijnen van dit
/// bericht", a deadline after a sending verb over the list of what to send, an amount whose currency the line break put on the
/// next line, an example amount at a seniority, and a kind of experience that does not count at all. Invented employers and amounts.
/// </summary>
public sealed class Sal18ReadingTests
{
    [Theory]
    [InlineData("Kandidaturen worden ingediend binnen 10 kalenderdagen na deze publicatie, enkel per e-mail.\n\nGepubliceerd op 4 januari 2027", 2027, 1, 14)]
    [InlineData("Je sollicitatie moet ons bereiken uiterlijk twee weken na het verschijnen van dit bericht.\n\nPublicatiedatum: 4 januari 2027", 2027, 1, 18)]
    [InlineData("Stuur je cv ten laatste 21 dagen na plaatsing van de oproep naar jobs@voorbeeld.be.\n\nOnline geplaatst op 4 januari 2027", 2027, 1, 25)]
    public void Find_DeadlineCountedFromThePublicationNamedAnyWay_IsThatDate(string text, int year, int month, int day)
    {
        var sut = TestKnowledge.FromText("Onthaalmedewerker (m/v/x)\n\nKandidaat stellen\n\n" + text, new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(year, month, day), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("Stuur uiterlijk op 14.02 om middernacht:\n- je cv\n- een kopie van je diploma", 14)]
    [InlineData("Mail ons ten laatste op 12 februari 2027:\n- je motivatie\n- je rijbewijs", 12)]
    [InlineData("Upload alles uiterlijk 9 februari 2027 via het platform.", 9)]
    public void Find_SendingVerbBeforeTheDeadlineWord_DatesTheApplication(string text, int day)
    {
        var sut = TestKnowledge.FromText("Chauffeur (m/v/x)\n\nDe mondelinge proef is in de week van 1 maart 2027.\n\nSolliciteren\n\n" + text, new DateTimeOffset(2027, 1, 20, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(2027, 2, day), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("De oorspronkelijke deadline van 10 januari 2027 werd verlengd tot 24 januari 2027.\nStuur je cv naar jobs@voorbeeld.be.")]
    [InlineData("Solliciteren kon tot en met 10 januari 2027. Deze termijn is uitgesteld naar zondag 24 januari 2027.")]
    [InlineData("Let op: de inschrijvingstermijn is verlengd tot en met 24/01/2027. Kandidaturen via het formulier.")]
    public void Find_ExtendedDeadline_OutranksTheDateItReplaces(string text)
    {
        var sut = TestKnowledge.FromText("Administratief medewerker (m/v/x)\n\nSolliciteren\n\n" + text, new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(new DateOnly(2027, 1, 24), sut.ApplicationDeadline?.LastDay);
    }

    [Theory]
    [InlineData("Je reactie verwachten we uiterlijk 15 januari 2027 in onze mailbox jobs@voorbeeld.be.", "2027-01-15", null)]
    [InlineData("Interesse? Laat het ons weten vóór 16 januari 2027 via jobs@voorbeeld.be.", "2027-01-15", null)]
    [InlineData("Sluiting van de vacature: 15 januari 2027", "2027-01-15", null)]
    [InlineData("Deadline: 15/1 (23u59)", "2027-01-15", "23:59")]
    public void Find_DeadlineInOtherWords_AmongOtherDates_IsTheApplicationDeadline(string text, string lastDay, string? time)
    {
        var sut = TestKnowledge.FromText("Medewerker (m/v/x)\n\nDe infosessie is op 7 januari 2027. De proef is op 28 januari 2027. Je start op 1 maart 2027.\n\nSolliciteren\n\n" + text,
            new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Equal(DateOnly.Parse(lastDay, System.Globalization.CultureInfo.InvariantCulture), sut.ApplicationDeadline?.LastDay);
        Assert.Equal(time, sut.ApplicationDeadline?.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Find_DiplomaToObtainByADateInTheApplicationSection_IsNoDeadline()
    {
        var sut = TestKnowledge.FromText("Medewerker (m/v/x)\n\nSolliciteren\n\nJe moet je diploma behaald hebben uiterlijk op 30 juni 2027. Stuur je cv naar jobs@voorbeeld.be.",
            new DateTimeOffset(2027, 1, 5, 10, 0, 0, TimeSpan.FromHours(1)));

        Assert.Null(sut.ApplicationDeadline);
    }

    [Theory]
    [InlineData("Deze vacature blijft openstaan tot de functie is ingevuld.")]
    [InlineData("We houden de oproep open tot we de geschikte kandidaat gevonden hebben.")]
    [InlineData("Je kan reageren zolang de job niet is ingevuld.")]
    public void Find_OpenUntilThePostIsFilled_IsContinuousRecruitment(string text)
    {
        var sut = TestKnowledge.FromText("Verzorgende (m/v/x)\n\nSolliciteren\n\n" + text + " Stuur je cv naar jobs@voorbeeld.be.");

        Assert.True(sut.ContinuousRecruitment);
        Assert.Null(sut.ApplicationDeadline);
    }

    [Theory]
    [InlineData("Je start met een minimale bruto jaarwedde van 21.500,00\nEUR en een maximale van 36.800,00 EUR (bedragen aan index 100%).")]
    [InlineData("De jaarwedde (aan index 100%) gaat van minimum 21.500,00\neuro tot maximum 36.800,00 euro.")]
    public void Find_CurrencyBrokenOntoTheNextLine_KeepsTheAmount(string text)
    {
        var sut = TestKnowledge.FromText("Jurist (m/v/x)\n\nWat bieden we?\n\n" + text).Salary!;

        Assert.Equal(21500.00m, sut.Min);
        Assert.Equal(36800.00m, sut.Max);
    }

    [Theory]
    [InlineData("Voorbeeld: met 6 jaar meegerekende anciënniteit bedraagt je jaarwedde 24.100,00 EUR aan index 100%.")]
    [InlineData("Bij 6 jaar erkende ervaring is dat 24.100,00 EUR per jaar (index 100%).")]
    [InlineData("Na 6 jaar geldelijke anciënniteit verdien je 24.100,00 EUR per jaar aan index 100%.")]
    public void Find_ExampleAmountAtASeniority_IsThatSeniorityNotTheMinimum(string example)
    {
        var sut = TestKnowledge.FromText("Jurist (m/v/x)\n\nWat bieden we?\n\nJe minimale jaarwedde is 21.500,00 EUR en je maximale jaarwedde 36.800,00 EUR (aan index 100%). " + example).Salary!;

        Assert.Equal(21500.00m, sut.Min);
        Assert.Contains(sut.Published, p => p.Amount == 24100.00m && p.SeniorityYears == 6);
    }

    [Theory]
    [InlineData("Anciënniteit bij een overheid telt volledig mee; anciënniteit in de privésector telt niet mee.")]
    [InlineData("Diensten bij een andere overheid worden volledig meegerekend, maar ervaring in de privésector wordt niet meegerekend voor je geldelijke anciënniteit.")]
    [InlineData("Privé-ervaring komt niet in aanmerking voor de berekening van je geldelijke anciënniteit. Diensten bij een overheid tellen volledig mee.")]
    public void Find_PrivateExperienceThatDoesNotCount_IsACapOfZero(string text)
    {
        var sut = TestKnowledge.FromText("Onthaalmedewerker (m/v/x)\n\nWat bieden we?\n\nBruto maandwedde van € 2.400,00 tot € 3.300,00. " + text).Salary!;

        Assert.Contains(sut.Caps, c => c.Kind == "private" && c.MaxYears == 0);
        Assert.Contains(sut.Caps, c => c.Kind == "public" && c.MaxYears is null);
    }

    [Fact]
    public void Find_PrivateExperienceNotCountedInFull_IsNoZero()
    {
        var sut = TestKnowledge.FromText("Onthaalmedewerker (m/v/x)\n\nWat bieden we?\n\nBruto maandwedde van € 2.400,00 tot € 3.300,00. Ervaring in de privésector wordt niet volledig meegerekend: maximaal 10 jaar telt mee voor je anciënniteit.").Salary!;

        Assert.DoesNotContain(sut.Caps, c => c.MaxYears == 0);
    }
}
