using Assistant.Cli.Evaluation;
using Assistant.Core.Facts;
using Assistant.Understanding;
using Assistant.Knowledge.Base;
using Assistant.Tools.Eligibility;
using Assistant.Tools.Profile;
using Xunit.Abstractions;

namespace Assistant.Cli.Tests.Corpus;

/// <summary>
/// Never an unchecked yes, as a property: every eligibility question of the corpus whose candidate gets a yes
/// (eligible or conditional) is re-evaluated with one of the candidate's facts flipped against a requirement the
/// vacancy has — a non-EU nationality, no driving licence, a diploma in an unrelated field, a year less than the
/// minimum, a diploma one level too low — and the route that gave the yes must no longer give it (the nationality and
/// licence flips must make the whole verdict not-eligible; a licence the vacancy lets be obtained after starting must turn
/// the yes into a yes on that condition). Each part must reach a minimum of flips, so the property is really exercised; a
/// fresh code-blind part, which reaches few yeses before it is tuned on, has a lower minimum.
/// </summary>
public sealed class EligibilityFlipTests(ITestOutputHelper output)
{
    private const string LicenceLater = "driving licence (to obtain after starting)";

    private static readonly string[] UnrelatedFields = ["tandheelkunde", "diergeneeskunde", "muziek", "kunstgeschiedenis"];

    [Theory]
    [InlineData("tuned", 10)]
    [InlineData("heldout", 10)]
    [InlineData("tuned2", 10)]
    [InlineData("tuned3", 10)]
    [InlineData("tuned4", 10)]
    [InlineData("tuned5", 10)]
    [InlineData("tuned6", 10)]
    [InlineData("tuned7", 10)]
    [InlineData("tuned8", 10)]
    [InlineData("tuned9", 10)]
    [InlineData("tuned10", 10)]
    [InlineData("tuned11", 10)]
    [InlineData("tuned12", 10)]
    [InlineData("tuned13", 10)]
    [InlineData("tuned14", 3)]
    [InlineData("tuned15", 3)]
    [InlineData("blind15", 2)]
    public void EveryYesOfTheCorpus_WithOneFactFlipped_IsNoLongerAYes(string part, int minFlips)
    {
        var folder = CorpusFolders.Part(part);
        using var snapshot = KnowledgeLoader.CreateDefault(TimeProvider.System).Load(folder);
        var analyzer = new QuestionAnalyzer(snapshot.Vacancies.Select(v => new VacancyRef(v.Id, v.Facts.Organisation, v.Facts.Title, v.Facts.Location)).ToList());
        var cases = EvalCaseReader.ReadFile(Path.Combine(folder, "questions.yaml"), []);
        var yeses = 0;
        var flips = 0;
        var problems = new List<string>();
        foreach (var c in cases)
        {
            var profile = new CandidateProfile();
            foreach (var turn in c.Turns)
            {
                var analysis = analyzer.Analyze(turn.User);
                profile = profile.Merge(analysis.Profile);
                var id = turn.Expect.Vacancy is { } key ? snapshot.Vacancies.FirstOrDefault(v => v.Id.Contains(key, StringComparison.Ordinal))?.Id : null;
                if (id is null || turn.Expect.Intent?.Any(i => i.Text == "eligibility") != true || snapshot.Find(id)?.Facts is not { } facts)
                {
                    continue;
                }

                var result = EligibilityTool.Evaluate(facts, profile);
                if (result.Verdict is not ("eligible" or "conditional") || result.Route is not { } decisive)
                {
                    continue;
                }

                yeses++;
                foreach (var (name, flipped, wholeVerdict) in Flips(facts, decisive.Route, profile))
                {
                    flips++;
                    var again = EligibilityTool.Evaluate(facts, flipped);
                    // A licence category or code a line of the vacancy lets be obtained after starting admits only on that condition.
                    var stillYes = name == LicenceLater
                        ? again.Verdict == "eligible" || (again.Verdict == "conditional" && !again.GeneralChecks.Any(g => g is { Requirement: "licence", Outcome: "condition" }))
                        // A nationality condition that does not bind the post asked about (an exemption for contractual recruitment) decides nothing.
                        : name == "nationality" && again.GeneralChecks.Any(g => g is { Requirement: "nationality", Outcome: "met", Caveat: "post-kind" })
                        ? false
                        : name is "licence category" or "licence code"
                        ? again.Verdict == "eligible" || (again.Verdict == "conditional" && !again.GeneralChecks.Any(g => g is { Outcome: "condition", Caveat: "licence-later" or "certificate-later" }))
                        : wholeVerdict
                        ? again.Verdict is "eligible" or "conditional"
                        : again.Routes.Any(r => r.Route.Id == decisive.Route.Id && r.Outcome is "eligible" or "conditional");
                    if (stillYes)
                    {
                        problems.Add($"{c.Id}: flipping the {name} still gives {again.Verdict} via {again.Route?.Route.Id}");
                    }
                }
            }
        }

        output.WriteLine($"{part}: {yeses} yes answers, {flips} flips, {problems.Count} still yes");
        Assert.True(flips >= minFlips, $"only {flips} flips were possible (at least {minFlips} expected): the corpus's eligibility questions did not reach a yes");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>The flips that apply: each changes one fact against a requirement the vacancy (or the deciding route) has.</summary>
    private static IEnumerable<(string Name, CandidateProfile Profile, bool WholeVerdict)> Flips(VacancyFacts facts, AdmissionRoute route, CandidateProfile p)
    {
        if (facts.Requirements.General.Any(g => g.Kind == "nationality" && g.Value is not "none"))
        {
            yield return ("nationality", p with { Nationality = "other" }, true);
        }

        // A licence line that says none is needed asks nothing; one that may be obtained after starting admits only on that condition.
        var licences = facts.Requirements.General.Where(g => g.Kind == "licence" && !GeneralChecks.StatedNotRequired(g)).ToList();
        if (licences.Count > 0)
        {
            yield return (licences.All(g => ObtainLater.In(g.Citation.Quote)) ? LicenceLater : "driving licence", p with { DrivingLicence = false }, true);
        }

        if (facts.Requirements.General.Any(g => g.Kind == "licence" && g.Value is not "B") && p.DrivingLicence == true)
        {
            // "Ik heb enkel B": a lower category only, and nothing else on the licence.
            yield return ("licence category", p with { LicenceCategories = ["B"], LicenceCodes = [], LacksLicenceCodes = true }, true);
        }

        if (facts.Requirements.General.Any(g => g.Kind == "licence-code"))
        {
            yield return ("licence code", p with { LicenceCodes = [], LacksLicenceCodes = true }, true);
        }

        if (facts.Requirements.General.Any(g => g.Kind == "internal-only") && facts.Requirements.Routes.All(r => r.Audience == RouteAudience.Internal))
        {
            yield return ("internal status", p with { Internal = new InternalStatus(false) }, true);
        }

        if (facts.Requirements.General.Any(g => g.Kind == "language" && GeneralChecks.Cefr(g.Value) is > 1) && p.DutchLevel is not null)
        {
            yield return ("Dutch level", p with { DutchLevel = "A1" }, true);
        }

        // Working times asked as a condition: the candidate who said they can work them says they cannot.
        if (facts.Requirements.General.FirstOrDefault(g => g.Kind == "availability") is { Value: { } times } && p.AvailableFor.Count > 0)
        {
            yield return ("availability", p with { Unavailable = times.Split(','), AvailableFor = [] }, true);
        }

        // A certificate held and said to be current: the same certificate never refreshed.
        if (facts.Requirements.General.Any(GeneralChecks.MustBeKeptCurrent) && p.Certificates.Count > 0 && p.CertificateCurrent == true)
        {
            yield return ("certificate kept current", p with { CertificateCurrent = false }, true);
        }

        // An age below every minimum age (or above every maximum) the vacancy states.
        var youngest = facts.Requirements.General.Where(g => g.Kind == "min-age").Select(g => int.TryParse(g.Value, out var y) ? y : (int?)null).Min();
        if (youngest is { } min && p.Age is not null)
        {
            yield return ("age", p with { Age = min - 1 }, true);
        }

        var oldest = facts.Requirements.General.Where(g => g.Kind == "max-age").Select(g => int.TryParse(g.Value, out var y) ? y : (int?)null).Max();
        if (oldest is { } max && p.Age is not null)
        {
            yield return ("age (too old)", p with { Age = max + 1 }, true);
        }

        // A route that takes a diploma of any field ("een andere richting") has no field to flip.
        if (route.DiplomaField is not null && !Assistant.Tools.Eligibility.RouteChecks.NamesAnyField(route.DiplomaField) && p.DiplomaField is not null)
        {
            // A field that shares no word part with the accepted ones (a compound such as "kunstgeschiedenis" may fall under an accepted field like "geschiedenis" or "kunstwetenschappen").
            var accepted = route.DiplomaField.ToLowerInvariant();
            var unrelated = UnrelatedFields.First(f => !f.Split(' ').Any(w => accepted.Contains(w[..Math.Min(w.Length, 6)], StringComparison.Ordinal)));
            yield return ("diploma field", p with { DiplomaField = unrelated }, false);
        }

        if (route.MinExperienceYears is { } years && p.Experience.Count > 0)
        {
            var less = Math.Max(0, years - 1);
            yield return ("years of experience", p with { Experience = [.. p.Experience.Select(e => e with { Years = less / p.Experience.Count })] }, false);
        }

        if (route.Diploma > DiplomaLevel.None && p.Diploma is not null && p.FinalYearStudent != true)
        {
            yield return ("diploma level", p with { Diploma = route.Diploma - 1, LacksDiploma = null }, false);
        }
    }
}
