using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Extraction rules on phrasings of the genre that the seeds do not use (documents written for these tests).</summary>
public sealed class PhrasingTests
{
    [Theory]
    [InlineData("Kandidaturen worden ingewacht vóór 15 april 2026.", "2026-04-15", false, null)]
    [InlineData("Solliciteren kan tot en met 9 maart 2026 om 12 uur via onze website.", "2026-03-09", true, "12:00")]
    [InlineData("De uiterste inschrijvingsdatum is 31/01/2026 (23u59).", "2026-01-31", true, "23:59")]
    [InlineData("Solliciteer uiterlijk op 3 maart 2026 om 9.00 uur.", "2026-03-03", true, "09:00")]
    public void Extract_DeadlinePhrasing_GivesDateTimeAndInclusiveness(string sentence, string date, bool inclusive, string? time)
    {
        var sut = TestKnowledge.FromText($"Medewerker onthaal (C1-C3)\n\nSolliciteren\n\n{sentence}");
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), sut.ApplicationDeadline?.Date);
        Assert.Equal(inclusive, sut.ApplicationDeadline?.Inclusive);
        Assert.Equal(time, sut.ApplicationDeadline?.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void Extract_DateWithoutYearNextToDatedSteps_InfersYearFromWeekday()
    {
        var sut = TestKnowledge.FromText("Solliciteren\n\nSolliciteren kan tot vrijdag 6 maart.\n\nSelectieprocedure\n\n- Schriftelijke proef op 20 maart 2026.");
        Assert.Equal(new DateOnly(2026, 3, 6), sut.ApplicationDeadline?.Date);
        Assert.True(sut.ApplicationDeadline?.YearInferred);
    }

    [Fact]
    public void Extract_WeekdayThatDoesNotMatch_IsNotedAsInconsistent()
    {
        var sut = TestKnowledge.FromText("Solliciteren\n\nSolliciteren kan tot en met maandag 14 december 2025.");
        Assert.Contains(sut.Notes, n => n.Severity == "inconsistent" && n.Field == "date");
    }

    [Fact]
    public void Extract_GraduaatAndPreference_ReadAsRouteAndPreference()
    {
        var sut = TestKnowledge.FromText("Profiel\n\n- Je hebt een graduaatsdiploma of een bachelordiploma.\n- Ervaring in de zorgsector is een pluspunt.");
        // Two levels offered as equals in one clause are two ways in (route14): the bachelor and the graduaat.
        Assert.Equal([DiplomaLevel.Bachelor, DiplomaLevel.Graduate], sut.Requirements.Routes.Select(r => r.Diploma));
        Assert.Single(sut.Requirements.Preferences);
    }

    [Fact]
    public void Extract_MasterWithAlternativeForBachelors_GivesBachelorRouteWithExperience()
    {
        var sut = TestKnowledge.FromText("Aanwervingsvoorwaarden\n\nJe hebt een masterdiploma. Heb je geen masterdiploma? Dan kan je toch deelnemen als je een bachelordiploma hebt en minstens 5 jaar leidinggevende ervaring.");
        Assert.Equal([DiplomaLevel.Master, DiplomaLevel.Bachelor], sut.Requirements.Routes.Select(r => r.Diploma));
        Assert.Equal((5m, "leadership"), (sut.Requirements.Routes[1].MinExperienceYears, sut.Requirements.Routes[1].ExperienceKind));
    }

    [Fact]
    public void Extract_NoBachelorButSecondaryWithLevelAfterDiplomaWord_GivesSecondaryRouteWithExperience()
    {
        var sut = TestKnowledge.FromText("Profiel\n\n- Je hebt een bachelordiploma.\n- Geen bachelordiploma? Je kan toch meedoen als je een diploma van het hoger secundair onderwijs hebt én minstens 4 jaar relevante ervaring in de zorg.");
        Assert.Equal([DiplomaLevel.Bachelor, DiplomaLevel.Secondary], sut.Requirements.Routes.Select(r => r.Diploma));
        Assert.Equal(4m, sut.Requirements.Routes[1].MinExperienceYears);
    }

    [Theory]
    [InlineData("Je hebt geen masterdiploma, maar je hebt wel een bachelordiploma en minstens 3 jaar ervaring in de jeugdhulp.")]
    [InlineData("Geen master? Maar bezit je een bachelordiploma en minstens 3 jaar ervaring in de jeugdhulp, dan kan je ook deelnemen.")]
    public void Extract_NoMasterButABachelorWithExperience_GivesBachelorRoute(string line)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- Je hebt een masterdiploma.\n- {line}");
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor && r.MinExperienceYears == 3m);
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None);
    }

    [Theory]
    [InlineData("Je hebt een masterdiploma. Een master in de biologie of de geografie heeft onze voorkeur.")]
    [InlineData("Je hebt een masterdiploma. Een master in de biologie geniet de voorkeur, maar elke richting komt in aanmerking.")]
    public void Extract_FieldNamedAsPreferenceInLaterSentence_IsNoRequiredField(string line)
    {
        var sut = TestKnowledge.FromText($"Aanwervingsvoorwaarden\n\n- {line}");
        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal(DiplomaLevel.Master, route.Diploma);
        Assert.Null(route.DiplomaField);
        Assert.NotEmpty(sut.Requirements.Preferences);
    }

    [Fact]
    public void Extract_NoDiplomaAndNothingPositiveAfter_StaysWithoutDiplomaRoute()
    {
        var sut = TestKnowledge.FromText("Profiel\n\n- Je hebt een bachelordiploma.\n- Geen bachelordiploma? Dan kan je toch meedoen als je slaagt voor een capaciteitstest op bachelorniveau.");
        Assert.DoesNotContain(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Secondary);
    }

    [Theory]
    [InlineData("- Je hebt een bachelordiploma.\n- Zonder diploma kan je deelnemen met een ervaringsbewijs als teamcoach.\n- Voor kandidaten met een ervaringsbewijs: minstens 3 jaar ervaring als coach.")]
    [InlineData("- Je hebt een bachelordiploma.\n- Heb je geen diploma? Dan kan je deelnemen met een EVC-certificaat, op voorwaarde dat je ook de ervaring hieronder hebt.\n- Wie geen diploma heeft, moet minstens 3 jaar relevante ervaring hebben.")]
    [InlineData("- Je hebt een bachelordiploma.\n- Zonder diploma kan je deelnemen met een ervaringsbewijs als teamcoach.\n- Kandidaten zonder bachelordiploma: ten minste 3 jaar ervaring in de jeugdhulp.")]
    public void Extract_ExperienceLineForCandidatesWithoutDiploma_AttachesToThatRouteOnly(string lines)
    {
        var sut = TestKnowledge.FromText($"Toelatingsvoorwaarden\n\n{lines}");
        var bachelor = Assert.Single(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.Bachelor);
        Assert.Null(bachelor.MinExperienceYears);
        Assert.Contains(sut.Requirements.Routes, r => r.Diploma == DiplomaLevel.None && r.MinExperienceYears == 3m);
    }

    [Theory]
    [InlineData("Je hebt een diploma secundair onderwijs in een studierichting binnen zorg of welzijn, bijvoorbeeld Verzorging of Jeugdzorg.", "zorg of welzijn")]
    [InlineData("Je bezit een diploma secundair onderwijs in een sociale of pedagogische richting.", "sociale of pedagogische")]
    [InlineData("Je hebt een getuigschrift secundair onderwijs, studierichting uit de sector techniek.", "techniek")]
    public void Extract_SecondaryDiplomaInSectorOfStudy_KeepsTheSectorAsField(string sentence, string field)
    {
        var sut = TestKnowledge.FromText($"Toelatingsvoorwaarden\n\n- {sentence}");
        Assert.StartsWith(field, Assert.Single(sut.Requirements.Routes).DiplomaField);
    }

    [Fact]
    public void Extract_ExperienceLineWithoutScope_StillAppliesToEveryRoute()
    {
        var sut = TestKnowledge.FromText("Toelatingsvoorwaarden\n\n- Je hebt een bachelordiploma.\n- Je hebt een masterdiploma.\n- Je hebt minstens 2 jaar relevante ervaring.");
        Assert.All(sut.Requirements.Routes, r => Assert.Equal(2m, r.MinExperienceYears));
    }

    [Fact]
    public void Extract_YearlyAmountsWithoutPeriodWord_InfersYear()
    {
        var sut = TestKnowledge.FromText("Aanbod\n\nJe salaris bedraagt minimum € 45.000 en maximum € 70.000 bruto.");
        Assert.Equal(SalaryPeriod.Year, sut.Salary?.Period);
        Assert.True(sut.Salary?.PeriodInferred);
    }

    [Fact]
    public void Extract_OddAmountFormat_IsReadAndNoted()
    {
        var sut = TestKnowledge.FromText("Salaris\n\nAanvangswedde: € 2.999.95/maand");
        Assert.Equal(2999.95m, Assert.Single(sut.Salary!.Published).Amount);
        Assert.Contains(sut.Notes, n => n.Field == "amount" && n.Severity == "inferred");
    }

    [Fact]
    public void Extract_DocumentWithoutAnything_GivesEmptyFactsNotAnError()
    {
        var sut = TestKnowledge.FromText("Welkom op onze website.");
        Assert.Null(sut.ApplicationDeadline);
        Assert.Empty(sut.Requirements.Routes);
        Assert.Contains(sut.Notes, n => n.Severity == "missing");
    }
}
