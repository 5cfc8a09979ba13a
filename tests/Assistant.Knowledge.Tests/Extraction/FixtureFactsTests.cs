using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>Three vacancy documents of our own making (HTML, PDF, DOCX), checked against Fixtures/vacancies/EXPECTED.md.</summary>
public sealed class FixtureFactsTests
{
    [Fact]
    public void Extract_HtmlZonnebeek_MatchesExpected()
    {
        var sut = TestKnowledge.Fixture("gemeente-zonnebeek");
        Assert.Equal(("Gemeente Zonnebeek", "Administratief medewerker burgerzaken", "C1-C3"), (sut.Organisation, sut.Title, sut.Scale));
        Assert.Equal((new DateOnly(2026, 3, 9), new TimeOnly(12, 0), true), (sut.ApplicationDeadline?.Date, sut.ApplicationDeadline?.Time, sut.ApplicationDeadline?.Inclusive));
        var routes = sut.Requirements.Routes;
        Assert.Equal([DiplomaLevel.Secondary, DiplomaLevel.None], routes.Select(r => r.Diploma));
        Assert.Equal(2m, routes[1].MinExperienceYears);
        Assert.Equal("redeneertest", Assert.Single(routes[1].Alternative).Name);
        Assert.True(sut.Requirements.JudgedAtDeadline);
        Assert.Contains(sut.Requirements.General, g => g.Kind == "conduct" && g.MaxAgeMonths == 3);
        Assert.DoesNotContain(sut.Requirements.General, g => g.Kind == "licence");
        Assert.Equal(["capacity-test", "written", "oral"], sut.SelectionSteps.Select(s => s.Kind));
        Assert.Equal([null, 50m, 50m], sut.SelectionSteps.Select(s => s.MaxPoints));
        Assert.True(sut.SelectionSteps[0].Conditional && sut.SelectionSteps[0].Eliminating);
        Assert.Contains("morning", sut.SelectionSteps[1].Dates[0].Qualifiers);
        Assert.Equal(new DateOnly(2026, 4, 20), sut.SelectionSteps[2].Dates[0].Date);
        Assert.Contains(sut.PassRules, r => r.Kind == "each-step" && r.Percent == 50m);
        Assert.Contains(sut.PassRules, r => r.Kind == "total" && r.Percent == 60m);
        Assert.Equal((2m, true), (sut.Reserve?.ValidityYears, sut.Reserve?.Extendable));
        Assert.Equal((2635.19m, 3974.01m), (sut.Salary?.Min, sut.Salary?.Max));
        Assert.Contains(sut.Salary!.Published, p => p.Amount == 3183.45m && p.SeniorityYears == 10);
        Assert.Contains(sut.Salary.Caps, c => c.Kind == "private" && c.MaxYears == 10);
        Assert.Contains(sut.Benefits, b => b.Kind == "meal-vouchers" && b.Amount == 8m);
        Assert.Contains(sut.Benefits, b => b.Kind == "leave-days" && b.Amount == 33m);
        Assert.Equal(["cv", "motivation-letter", "diploma", "criminal-record"], sut.Documents.Select(d => d.Kind));
        var contact = sut.Contacts.Single(c => c.Name is not null);
        Assert.Equal(("Sofie Vandamme", "051 00 27 13", "sofie.vandamme@zonnebeek.example"), (contact.Name, contact.Phone, contact.Email));
    }

    [Fact]
    public void Extract_PdfMeerdonk_MatchesExpected()
    {
        var sut = TestKnowledge.Fixture("ocmw-meerdonk");
        Assert.Equal(("OCMW Meerdonk", "Maatschappelijk werker", "B1-B3"), (sut.Organisation, sut.Title, sut.Scale));
        var deadline = sut.ApplicationDeadline!;
        Assert.False(deadline.Inclusive);
        Assert.Equal(new DateOnly(2026, 4, 14), deadline.LastDay);
        var routes = sut.Requirements.Routes;
        Assert.Equal(("sociaal werk", (decimal?)null), (routes[0].DiplomaField, routes[0].MinExperienceYears));
        Assert.Equal((DiplomaLevel.Bachelor, (string?)null, 3m), (routes[1].Diploma, routes[1].DiplomaField, routes[1].MinExperienceYears));
        Assert.Contains("welzijnssector", routes[1].ExperienceKind, StringComparison.Ordinal);
        Assert.Contains(sut.Requirements.General, g => g.Kind == "conduct" && g.Value == "595");
        Assert.Contains(sut.Requirements.General, g => g.Kind == "licence" && g.Value == "B");
        Assert.Equal(["screening", "written", "oral"], sut.SelectionSteps.Select(s => s.Kind));
        Assert.Contains("tentative", sut.SelectionSteps[1].Dates[0].Qualifiers);
        Assert.Contains(sut.PassRules, r => r.Kind == "top-n" && r.Count == 12);
        Assert.Equal(3m, sut.Reserve?.ValidityYears);
        Assert.Contains(sut.Salary!.Published, p => p.Amount == 3402.75m && p.SeniorityYears == 5);
        Assert.Contains(sut.Salary.Caps, c => c.Kind == "private" && c.MaxYears is null);
        Assert.DoesNotContain("pagina 1 van 2", string.Join("\n", sut.Benefits.Select(b => b.Text)), StringComparison.Ordinal);
        var procedure = sut.Contacts.Single(c => c.Topics.Contains("procedure"));
        Assert.Equal(("Tom Goossens", "jobs@ocmwmeerdonk.example"), (procedure.Name, procedure.Email));
        Assert.Contains(sut.Contacts, c => c.Name == "Els Verstraete" && c.Topics.Contains("content"));
    }

    [Fact]
    public void Extract_DocxWestland_MatchesExpected()
    {
        var sut = TestKnowledge.Fixture("provincie-westland");
        Assert.Equal(("Provincie Westland", "Beleidsmedewerker mobiliteit", "A1a-A3a"), (sut.Organisation, sut.Title, sut.Scale));
        Assert.Equal((new DateOnly(2026, 1, 31), new TimeOnly(23, 59)), (sut.ApplicationDeadline?.Date, sut.ApplicationDeadline?.Time));
        var routes = sut.Requirements.Routes;
        Assert.Equal([DiplomaLevel.Master, DiplomaLevel.Bachelor], routes.Select(r => r.Diploma));
        Assert.Equal(4m, routes[1].MinExperienceYears);
        Assert.Contains("capaciteitstest", Assert.Single(routes[1].Alternative).Name, StringComparison.Ordinal);
        Assert.Null(routes[0].DiplomaField);
        Assert.Contains(sut.Requirements.Preferences, p => p.Text.Contains("bij voorkeur", StringComparison.Ordinal));
        Assert.Contains(sut.Requirements.General, g => g.Kind == "nationality" && g.Value == "EEA+CH");
        Assert.Equal(SalaryPeriod.Year, sut.Salary?.Period);
        Assert.Contains(sut.Salary!.Published, p => p.Amount == 57302.10m && p.SeniorityYears == 6);
        Assert.Contains(sut.Salary.Published, p => p.Amount == 49874.05m && p.SeniorityYears == 0);
        Assert.Equal(86589.84m, sut.Salary.Max);
        Assert.Contains(sut.Salary.Caps, c => c.Kind == "private" && c.MaxYears == 18);
        Assert.Equal(["capacity-test", "written", "interview"], sut.SelectionSteps.Select(s => s.Kind));
        Assert.Equal((1m, true), (sut.Reserve?.ValidityYears, sut.Reserve?.Extendable));
        Assert.Contains(sut.Documents, d => d.Kind == "experience-proof");
        Assert.Contains(sut.Contacts, c => c.Name == "Lotte Maes" && c.Topics.Contains("salary"));
    }
}
