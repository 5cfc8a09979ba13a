using Assistant.Core.Facts;

namespace Assistant.Tools.Tests;

/// <summary>Small vacancy facts written in a test: one helper per fact kind, every citation pointing at a fake document.</summary>
internal static class TestFacts
{
    public const string VacancyId = "test-vacancy";

    public static Citation Cite(string quote = "quote") => new(VacancyId, "vacancy.txt", "Profiel", quote, 0, quote.Length);

    public static VacancyFacts Vacancy(params AdmissionRoute[] routes) =>
        new() { Id = VacancyId, Requirements = new Requirements { Routes = routes } };

    public static AdmissionRoute Route(
        DiplomaLevel diploma,
        string id = "external-1",
        string? field = null,
        bool equivalent = false,
        decimal? years = null,
        string? kind = null,
        string? test = null) => new()
        {
            Id = id,
            Diploma = diploma,
            DiplomaField = field,
            EquivalentAccepted = equivalent,
            MinExperienceYears = years,
            ExperienceKind = kind,
            Alternative = test is null ? [] : [new RouteCondition("test", test, Cite(test))],
            Citation = Cite(id),
        };

    public static AdmissionRoute InternalRoute(InternalCondition condition, string id = "internal-1") => new()
    {
        Id = id,
        Audience = RouteAudience.Internal,
        Diploma = DiplomaLevel.None,
        Internal = condition,
        Citation = Cite(id),
    };

    public static Deadline Deadline(int year, int month, int day, TimeOnly? time = null, bool inclusive = true, bool yearInferred = false) =>
        new(new DateOnly(year, month, day), time, inclusive, yearInferred, Cite("deadline"));

    public static VacancyFacts WithDeadline(Deadline? deadline, string id = VacancyId) => new() { Id = id, ApplicationDeadline = deadline };

    public static SalaryPoint Point(decimal amount, int? years, string? bound = null) =>
        new() { Amount = amount, SeniorityYears = years, Label = years is null ? "max" : $"{years} jaar", Bound = bound, Citation = Cite("salary") };

    public static ExperienceCap Cap(string kind, int? max) => new() { Kind = kind, MaxYears = max, Citation = Cite("cap " + kind) };

    public static SelectionStep Step(int order, string name, string kind, decimal? maxPoints = null, PassMark? passMark = null) =>
        new() { Order = order, Name = name, Kind = kind, MaxPoints = maxPoints, PassMark = passMark, Citation = Cite(name) };

    public static PassRule Rule(string kind, decimal? percent = null) => new() { Kind = kind, Percent = percent, Citation = Cite("rule " + kind) };

    /// <summary>A Brussels wall-clock instant with an explicit offset (+01:00 in winter, +02:00 in summer).</summary>
    public static DateTimeOffset At(int year, int month, int day, int hour, int minute, int offsetHours) =>
        new(year, month, day, hour, minute, 0, TimeSpan.FromHours(offsetHours));
}
