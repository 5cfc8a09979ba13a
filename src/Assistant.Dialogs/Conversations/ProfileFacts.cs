using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Understanding.Entities;
using Assistant.Tools.Profile;

namespace Assistant.Dialogs.Conversations;

/// <summary>
/// The candidate's facts by name ("diploma", "experience", …), and how they are said back to the candidate ("een
/// bachelordiploma", "5 jaar ervaring (als teamleider)"): only what the candidate said, in their words where they gave any.
/// </summary>
internal static class ProfileFacts
{
    private static readonly HashSet<string> Empty = new(StringComparer.Ordinal)
    {
        "of", "d", "de", "van", "aan", "years", "jaar", "ans", "an", "professional", "professionele", "professionnelle", "beroeps", "werk", "work", "total", "totaal", "en", "in",
    };

    /// <summary>The names of the facts <paramref name="p"/> states.</summary>
    public static IEnumerable<string> Names(CandidateProfile p)
    {
        if (p.Diploma is not null || p.LacksDiploma is not null || p.Graduate is not null) yield return "diploma";
        if (p.DiplomaField is not null) yield return "diploma-field";
        if (p.Experience.Count > 0) yield return "experience";
        if (p.Internal is not null) yield return "internal";
        if (p.DrivingLicence is not null) yield return "licence";
        if (p.ForeignDiploma is not null) yield return "foreign-diploma";
        if (p.Nationality is not null) yield return "nationality";
        if (p.FinalYearStudent is not null) yield return "final-year";
    }

    /// <summary>The facts named in <paramref name="names"/> as a list in <paramref name="lang"/>; empty when none can be said.</summary>
    public static string Describe(string lang, CandidateProfile p, IEnumerable<string> names)
    {
        var parts = new List<string>();
        foreach (var name in names)
        {
            switch (name)
            {
                case "diploma" when p.Diploma is { } level:
                    parts.Add(Texts.Get(lang, "profile.diploma." + level.ToString().ToLowerInvariant()));
                    break;
                case "diploma" when p.Graduate == true:
                    parts.Add(Texts.Get(lang, "profile.diploma.graduate"));
                    break;
                case "diploma" when p.LacksDiploma is { } lacks:
                    parts.Add(lacks <= DiplomaLevel.Secondary
                        ? Texts.Get(lang, "profile.diploma.none")
                        : Texts.Get(lang, "profile.lacks", ("level", Texts.Get(lang, "level." + lacks.ToString().ToLowerInvariant()))).Trim());
                    break;
                case "diploma-field" when p.DiplomaField is { } field:
                    parts.Add(Texts.Get(lang, "profile.field", ("field", field)));
                    break;
                case "experience":
                    parts.AddRange(p.Experience.Select(e => Experience(lang, e)));
                    break;
                case "internal" when p.Internal is { } status:
                    parts.Add(Texts.Get(lang, status.IsInternal ? "profile.internal.yes" : "profile.internal.no"));
                    break;
                case "licence" when p.DrivingLicence is { } licence:
                    parts.Add(Texts.Get(lang, licence ? "profile.licence.yes" : "profile.licence.no"));
                    break;
                case "foreign-diploma" when p.ForeignDiploma == true:
                    parts.Add(Texts.Get(lang, "profile.foreign.yes"));
                    break;
            }
        }

        return parts.Count == 0 ? "" : Format.List(lang, parts);
    }

    /// <summary>The candidate's words about the experience, unless they only say "experience" ("of experience", "d'expérience").</summary>
    private static string? Meaningful(string? description)
    {
        if (description is null)
        {
            return null;
        }

        var words = description.Split([' ', '\''], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.ToLowerInvariant().Replace('é', 'e').Replace('è', 'e'))
            .Where(w => !Empty.Contains(w) && !ExperienceKinds.ExperienceWord().IsMatch(w));
        return words.Any() ? description : null;
    }

    /// <summary>"5 jaar ervaring", with the candidate's own words when they gave any ("5 jaar ervaring (als teamleider)").</summary>
    private static string Experience(string lang, ExperienceEntry e)
    {
        var years = Format.Number(lang, e.Years);
        var words = Meaningful(e.Description)
            ?? (e.Kind.StartsWith("domain:", StringComparison.Ordinal) ? e.Kind[7..]
            : e.Kind is "relevant" or "leadership" or "public" or "private" or "self-employed" ? Texts.Get(lang, "kind." + e.Kind).Trim()
            : null);
        return words is { Length: > 0 }
            ? Texts.Get(lang, "profile.experience.words", ("years", years), ("words", words))
            : Texts.Get(lang, "profile.experience", ("years", years));
    }
}
