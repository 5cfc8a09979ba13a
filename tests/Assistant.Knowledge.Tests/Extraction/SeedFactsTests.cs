using Assistant.Core.Facts;

namespace Assistant.Knowledge.Tests.Extraction;

/// <summary>The five seed documents, field by field, as the facts contract gives them.</summary>
public sealed class SeedFactsTests
{
    [Fact]
    public void Extract_Harelbeke_IdentityDeadlineAndSalary()
    {
        var sut = TestKnowledge.Seed("harelbeke");
        Assert.Equal("Stad Harelbeke", sut.Organisation);
        Assert.Equal("Deskundige Externe Communicatie", sut.Title);
        Assert.Equal("B1-B3", sut.Scale);
        Assert.Equal(38m, sut.Regime?.HoursPerWeek);
        Assert.Equal(new DateOnly(2025, 12, 14), sut.ApplicationDeadline?.Date);
        Assert.True(sut.ApplicationDeadline!.Inclusive);
        Assert.Null(sut.ApplicationDeadline.Time);
        Assert.False(sut.ApplicationDeadline.YearInferred);
        Assert.Contains("tot en met 14 december 2025", sut.ApplicationDeadline.Citation.Quote, StringComparison.Ordinal);
        var salary = sut.Salary!;
        Assert.Equal(SalaryPeriod.Month, salary.Period);
        Assert.Contains(salary.Published, p => p.Amount == 3123.31m && p.SeniorityYears == 0);
        Assert.Contains(salary.Published, p => p.Amount == 3590.22m && p.SeniorityYears == 12);
        Assert.Contains(salary.Caps, c => c.Kind == "private" && c.MaxYears is null);
        Assert.Equal(3m, sut.Reserve?.ValidityYears);
    }

    [Fact]
    public void Extract_Harelbeke_RoutesStepsAndRules()
    {
        var sut = TestKnowledge.Seed("harelbeke");
        var routes = sut.Requirements.Routes;
        Assert.Equal(2, routes.Count);
        Assert.Equal(DiplomaLevel.Bachelor, routes[0].Diploma);
        Assert.True(routes[0].EquivalentAccepted);
        Assert.Equal(DiplomaLevel.None, routes[1].Diploma);
        Assert.Contains("capaciteitstest", Assert.Single(routes[1].Alternative).Name, StringComparison.Ordinal);
        var steps = sut.SelectionSteps;
        var written = steps.Single(s => s.Kind == "written");
        Assert.Equal(40m, written.MaxPoints);
        Assert.Contains(written.Dates, d => d.Date == new DateOnly(2026, 1, 4) && d.Time == new TimeOnly(18, 0) && d.Role == "return-deadline");
        var oral = steps.Single(s => s.Kind == "oral");
        Assert.Equal(60m, oral.MaxPoints);
        Assert.Equal([new DateOnly(2026, 1, 8), new DateOnly(2026, 1, 9)], oral.Dates.Select(d => d.Date));
        Assert.All(oral.Dates, d => Assert.Contains("morning", d.Qualifiers));
        var capacity = steps.Single(s => s.Kind == "capacity-test");
        Assert.True(capacity.Conditional);
        Assert.Equal(new DateOnly(2025, 12, 15), Assert.Single(capacity.Dates).Date);
        Assert.Contains("week-of", capacity.Dates[0].Qualifiers);
        Assert.Contains(sut.PassRules, r => r.Kind == "each-step" && r.Percent == 60m);
        Assert.Contains(sut.PassRules, r => r.Kind == "total" && r.Percent == 60m);
    }

    [Fact]
    public void Extract_Harelbeke_BenefitsDocumentsContact()
    {
        var sut = TestKnowledge.Seed("harelbeke");
        Assert.Contains(sut.Benefits, b => b.Kind == "meal-vouchers" && b.Amount == 7.5m);
        Assert.Contains(sut.Benefits, b => b.Kind == "leave-days" && b.Amount == 31m);
        Assert.Equal(["cv", "motivation-letter", "diploma"], sut.Documents.Select(d => d.Kind));
        Assert.Contains(sut.Contacts, c => c.Email == "personeel@harelbeke.be");
    }

    [Fact]
    public void Extract_ProvincieAntwerpen_AllFields()
    {
        var sut = TestKnowledge.Seed("provincie-antwerpen");
        Assert.Equal("Provincie Antwerpen", sut.Organisation);
        Assert.Equal("Communicatiemedewerker lokale besturen", sut.Title);
        Assert.Equal("B1", sut.Scale);
        Assert.Equal(new DateOnly(2026, 2, 1), sut.ApplicationDeadline?.Date);
        Assert.True(sut.ApplicationDeadline!.Inclusive);
        Assert.Equal(new DateOnly(2026, 1, 15), sut.PublicationDate?.Date);
        var routes = sut.Requirements.Routes;
        Assert.Equal(2, routes.Count);
        Assert.All(routes, r => Assert.Equal(2m, r.MinExperienceYears));
        Assert.Equal(DiplomaLevel.Bachelor, routes[0].Diploma);
        Assert.Equal(DiplomaLevel.None, routes[1].Diploma);
        Assert.Equal("redeneertest", Assert.Single(routes[1].Alternative).Name);
        Assert.Equal(3059.65m, sut.Salary?.Min);
        Assert.Equal(4129.64m, sut.Salary?.Max);
        var test = sut.SelectionSteps.Single(s => s.Kind == "capacity-test");
        Assert.Equal([new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 5)], test.Dates.Select(d => d.Date));
        Assert.True(test.Conditional);
        Assert.Contains(sut.SelectionSteps, s => s.Dates.Any(d => d.Date == new DateOnly(2026, 2, 11)));
        Assert.Contains(sut.Benefits, b => b.Kind == "leave-days" && b.Amount == 36m);
        Assert.Contains(sut.Benefits, b => b.Kind == "meal-vouchers" && b.Amount == 8m);
        var pay = sut.Contacts.Single(c => c.Topics.Contains("salary"));
        Assert.Equal("Birgit Baats", pay.Name);
        Assert.Equal("birgit.baats@provincieantwerpen.be", pay.Email);
        Assert.Equal("03 240 54 53", pay.Phone);
        Assert.Null(sut.Reserve);
    }

    [Fact]
    public void Extract_Kamer_AllFields()
    {
        var sut = TestKnowledge.Seed("kamer");
        Assert.Equal("Kamer van volksvertegenwoordigers", sut.Organisation);
        Assert.Equal("Assistent sociale media", sut.Title);
        Assert.Null(sut.Scale);
        Assert.Equal(new DateOnly(2025, 10, 26), sut.ApplicationDeadline?.Date);
        Assert.Equal(new TimeOnly(23, 59), sut.ApplicationDeadline?.Time);
        var routes = sut.Requirements.Routes;
        Assert.Equal(2, routes.Count);
        Assert.Equal(("communicatie", (decimal?)null), (routes[0].DiplomaField, routes[0].MinExperienceYears));
        Assert.Equal(DiplomaLevel.Bachelor, routes[1].Diploma);
        Assert.Null(routes[1].DiplomaField);
        Assert.Equal(2m, routes[1].MinExperienceYears);
        Assert.Contains("sociale media", routes[1].ExperienceKind, StringComparison.Ordinal);
        Assert.Contains(sut.Requirements.Preferences, p => p.Text.Contains("bij voorkeur", StringComparison.Ordinal));
        Assert.Contains(sut.Requirements.General, g => g.Kind == "nationality" && g.Value == "EU");
        Assert.Equal(new DateOnly(2025, 10, 26), sut.Requirements.ReferenceDate?.Date);
        Assert.True(sut.Requirements.JudgedAtDeadline);
        Assert.Equal(SalaryPeriod.Year, sut.Salary?.Period);
        Assert.Equal([57548.29m, 75852.87m], sut.Salary!.Published.Select(p => p.Amount));
        Assert.Equal(2m, sut.Reserve?.ValidityYears);
    }

    [Fact]
    public void Extract_Kamer_StepsWeightsAndPassMarks()
    {
        var sut = TestKnowledge.Seed("kamer");
        var language = sut.SelectionSteps.Single(s => s.Kind == "language-test");
        Assert.False(language.CountsInFinal);
        Assert.Equal("B2", language.PassMark?.Level);
        var written = sut.SelectionSteps.Single(s => s.Kind == "written");
        Assert.Equal((50m, 100m), (written.PassMark?.Points, written.PassMark?.OutOf));
        Assert.Equal("Functiespecifieke proef", written.Parent);
        Assert.Equal(new DateOnly(2025, 11, 24), Assert.Single(written.Dates).Date);
        var oral = sut.SelectionSteps.Single(s => s.Kind == "oral");
        Assert.Equal(50m, oral.PassMark?.Percent);
        var star = sut.SelectionSteps.Single(s => s.Name.StartsWith("STAR", StringComparison.Ordinal));
        Assert.Equal(60m, star.PassMark?.Percent);
        Assert.Equal(100m, star.MaxPoints);
        Assert.Equal(0.3333m, star.Weight);
        var group = sut.SelectionSteps.Single(s => s.Kind == "group");
        Assert.Equal((200m, 0.6667m), (group.MaxPoints, group.Weight));
        Assert.Contains(sut.PassRules, r => r.Kind == "top-n" && r.Count == 10);
    }

    [Fact]
    public void Extract_Lievegem_AllFields()
    {
        var sut = TestKnowledge.Seed("lievegem");
        Assert.Equal("Lokaal bestuur Lievegem", sut.Organisation);
        Assert.Equal("A4a-A4b", sut.Scale);
        var deadline = sut.ApplicationDeadline!;
        Assert.Equal(new DateOnly(2024, 4, 28), deadline.Date);
        Assert.True(deadline.YearInferred);
        var route = Assert.Single(sut.Requirements.Routes);
        Assert.Equal((DiplomaLevel.Master, 2m, "leadership"), (route.Diploma, route.MinExperienceYears, route.ExperienceKind));
        Assert.Contains(sut.Requirements.General, g => g.Kind == "licence" && g.Value == "B");
        Assert.Contains(sut.Requirements.General, g => g.Kind == "conduct" && g.MaxAgeMonths == 3 && g.Value == "595");
        Assert.Contains(sut.Requirements.General, g => g.Kind == "nationality" && g.Value == "EEA");
        Assert.Equal([30m, null, 70m], sut.SelectionSteps.Select(s => s.MaxPoints));
        Assert.Equal("geschikt", sut.SelectionSteps[1].PassMark?.Qualitative);
        Assert.True(sut.SelectionSteps[1].Eliminating);
        Assert.Contains(sut.PassRules, r => r.Kind == "each-step" && r.Percent == 50m);
        Assert.Contains(sut.PassRules, r => r.Kind == "total" && r.Percent == 60m);
        Assert.Equal((3m, "first-of-next-month-after-final-report"), (sut.Reserve?.ValidityYears, sut.Reserve?.StartRule));
        Assert.Contains(sut.Salary!.Published, p => p.Amount == 5354m && p.SeniorityYears == 10);
        Assert.Contains(sut.Salary.Published, p => p.Amount == 4853m && p.SeniorityYears == 5);
        Assert.Contains(sut.Salary.Caps, c => c.Kind == "private" && c.MaxYears == 10);
        Assert.Contains(sut.Salary.Caps, c => c.Kind == "public" && c.MaxYears is null);
        Assert.Equal(["cv", "diploma", "criminal-record", "driving-licence", "motivation-letter"], sut.Documents.Select(d => d.Kind));
        Assert.Contains(sut.Contacts, c => c.Email == "m.vandekerckhove@searchselection.com");
    }

    [Fact]
    public void Extract_Kortrijk_AllFields()
    {
        var sut = TestKnowledge.Seed("kortrijk");
        Assert.Equal("Stad Kortrijk", sut.Organisation);
        Assert.Equal("Directiemedewerker strategische coördinatie", sut.Title);
        Assert.Equal("B1-B3", sut.Scale);
        Assert.Null(sut.ApplicationDeadline);
        var external = sut.Requirements.Routes.Where(r => r.Audience == RouteAudience.External).ToList();
        Assert.Equal([DiplomaLevel.Bachelor, DiplomaLevel.None], external.Select(r => r.Diploma));
        Assert.All(external, r => Assert.Equal(1m, r.MinExperienceYears));
        Assert.Contains("capaciteitstest", Assert.Single(external[1].Alternative).Name, StringComparison.Ordinal);
        var internals = sut.Requirements.Routes.Where(r => r.Audience == RouteAudience.Internal).ToList();
        Assert.Equal(2, internals.Count);
        Assert.Equal(("indefinite", 12, "B", "min"), (internals[0].Internal?.Contract, internals[0].Internal?.MinSeniorityMonths, internals[0].Internal?.Level, internals[0].Internal?.LevelComparison));
        Assert.Equal(("level", "C"), (internals[1].Internal?.SeniorityKind, internals[1].Internal?.Level));
        var interview = sut.SelectionSteps.Single(s => s.Name.Contains("interview", StringComparison.Ordinal));
        var date = Assert.Single(interview.Dates);
        Assert.Equal(new DateOnly(2024, 12, 10), date.Date);
        Assert.True(date.YearInferred);
        Assert.Contains("tentative", date.Qualifiers);
        Assert.Contains(sut.SelectionSteps, s => s.PassMark is { Points: 60m, OutOf: 100m });
        Assert.Equal((2m, true, true), (sut.Reserve?.ValidityYears, sut.Reserve?.AtLeast, sut.Reserve?.Extendable));
        Assert.Contains(sut.Salary!.Published, p => p.Amount == 3086.37m && p.SeniorityYears == 1);
        Assert.Contains(sut.Salary.Published, p => p.Amount == 4620.89m && p.SeniorityYears == 18);
        Assert.Contains(sut.Salary.Caps, c => c.Kind == "private" && c.MaxYears == 18);
        Assert.Contains(sut.Benefits, b => b.Kind == "meal-vouchers" && b.Amount == 7.5m);
        var contact = Assert.Single(sut.Contacts);
        Assert.Equal(("Charlotte Goddeeris", "056 27 85 73", "vacatures@kortrijk.be"), (contact.Name, contact.Phone, contact.Email));
    }

    [Fact]
    public void Extract_EverySeedFact_HasACitationPointingIntoItsDocument()
    {
        foreach (var vacancy in TestKnowledge.SeedSnapshot.Vacancies)
        {
            var text = vacancy.Documents[0].Text;
            var citations = new List<Citation>();
            var f = vacancy.Facts;
            citations.AddRange(f.Citations.Values);
            citations.AddRange(f.Requirements.Routes.Select(r => r.Citation));
            citations.AddRange(f.SelectionSteps.Select(s => s.Citation));
            citations.AddRange(f.Benefits.Select(b => b.Citation));
            citations.AddRange(f.Contacts.Select(c => c.Citation));
            citations.AddRange(f.Salary?.Published.Select(p => p.Citation) ?? []);
            if (f.ApplicationDeadline is { } d)
            {
                citations.Add(d.Citation);
            }

            Assert.NotEmpty(citations);
            Assert.All(citations, c =>
            {
                Assert.Equal(vacancy.Id, c.VacancyId);
                Assert.Equal(c.Quote, text[c.Start..c.End]);
            });
        }
    }
}
