using System.Globalization;
using Assistant.Core.Facts;
using Assistant.Core.Text;
using Assistant.Tools.Profile;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// Age conditions ("min-age", "max-age"): the candidate's stated age against the bound, counted on the day the document
/// names (the stated age is taken as the age on that day). Unknown age: an open check that caps a yes at need-info and asks
/// the age, except for the plain adult age of 18 (a reminder). A document with different ages per job is judged on the job the question names; when it names none, an age
/// that meets every job's bound (or fails every one) decides, any other is open and every job's line is quoted.
/// </summary>
public static class AgeChecks
{
    /// <summary>Whether <paramref name="g"/> is an age condition.</summary>
    public static bool IsAge(GeneralRequirement g) => g.Kind is "min-age" or "max-age";

    /// <summary><paramref name="facts"/> with its per-job age conditions narrowed to the job <paramref name="question"/> names (unchanged when it names none or none differ).</summary>
    public static VacancyFacts ForQuestion(VacancyFacts facts, string? question)
    {
        var ages = facts.Requirements.General.Where(IsAge).ToList();
        if (question is null || ages.All(a => a.Job is null))
        {
            return facts;
        }

        var words = Words(question);
        var named = ages.Where(a => a.Job is not null && Words(a.Job).Any(j => words.Any(w => Same(w, j)))).ToList();
        return named.Count == 0 || named.Count == ages.Count
            ? facts
            : facts with { Requirements = facts.Requirements with { General = [.. facts.Requirements.General.Where(g => !IsAge(g) || named.Contains(g))] } };
    }

    /// <summary>The check of one age condition, or null when it is no age condition. A candidate about to reach the age that
    /// decides is judged on the day the condition names (else <paramref name="judgedOn"/>) when they said when; else the check stays open (the age is asked).</summary>
    public static RequirementCheck? Evaluate(GeneralRequirement requirement, CandidateProfile profile, IReadOnlyList<GeneralRequirement>? all, DateOnly? judgedOn = null)
    {
        if (!IsAge(requirement) || !int.TryParse(requirement.Value, out var bound))
        {
            return null;
        }

        if (profile.Age is not { } age)
        {
            // Unknown age: open where the age tells candidates apart (a student job from 15 or 16, an upper bound, ages per job,
            // an age counted on a day); the plain adult age ("je bent minstens 18 jaar") stays a reminder, as before.
            return bound == 18 && requirement.Kind == "min-age" && requirement.Job is null && requirement.OnDate is null
                ? null
                : new RequirementCheck(requirement.Kind, "unknown", requirement.Citation) { Required = requirement.Value, Caveat = "age" };
        }

        var given = age.ToString(CultureInfo.InvariantCulture);
        var outcome = Meets(requirement.Kind, bound, age) ? "met" : "not-met";
        var caveat = (string?)null;
        // About to reach the next age ("ik word 16 in maart"): where that birthday decides, the day the document counts the age on
        // settles it when the candidate said when; otherwise the age on that day is asked, never guessed either way.
        if (profile.AgeSoon is { } soon && soon == age + 1 && Meets(requirement.Kind, bound, soon) != (outcome == "met"))
        {
            DateOnly? on = DateOnly.TryParseExact(requirement.OnDate, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : judgedOn;
            if (profile.AgeSoonBy is { } by && on is { } day && by <= day)
            {
                // Reached by that day: the next age decides.
                (outcome, given) = (outcome == "met" ? "not-met" : "met", soon.ToString(CultureInfo.InvariantCulture));
            }
            else if (profile.AgeSoonBy is not { } later || on is not { } counted || new DateOnly(later.Year, later.Month, 1) <= counted)
            {
                // No month said, no day known, or the birthday in the month of that day: asked.
                (outcome, caveat) = ("unknown", "age");
            }
        }

        // Ages per job and no job named: one outcome for every job decides; mixed outcomes leave the job to ask.
        var jobs = (all ?? []).Where(g => IsAge(g) && g.Job is not null).ToList();
        if (requirement.Job is not null && jobs.Count > 1
            && jobs.Select(g => int.TryParse(g.Value, out var b) && Meets(g.Kind, b, age)).Distinct().Count() > 1)
        {
            outcome = "unknown";
        }

        return new RequirementCheck(requirement.Kind, outcome, requirement.Citation)
        {
            Required = requirement.Value,
            Given = given,
            Caveat = caveat ?? (outcome == "unknown" ? "age-job" : null),
        };
    }

    private static bool Meets(string kind, int bound, int age) => kind == "max-age" ? age <= bound : age >= bound;

    private static bool Same(string w, string j) => w == j || (w.Length >= 5 && j.Length >= 5 && (w.StartsWith(j, StringComparison.Ordinal) || j.StartsWith(w, StringComparison.Ordinal)));

    private static List<string> Words(string text) =>
        [.. TextFold.Fold(text).Split([' ', ',', '.', ';', ':', '(', ')', '/', '-', '?', '!', '\'', '"', '’'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4 && !Common.Contains(w))];

    private static readonly HashSet<string> Common = ["medewerker", "jobstudent", "jobstudenten", "zomer", "deze", "voor", "worden", "werken", "plaatsen", "met", "zijn", "gemeente", "stad"];
}
