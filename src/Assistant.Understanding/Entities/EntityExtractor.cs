using Assistant.Understanding.Classification;
using Assistant.Understanding.Text;
using Assistant.Tools.Profile;

namespace Assistant.Understanding.Entities;

/// <summary>Runs the entity rules over the rule text and assembles the candidate profile.</summary>
internal static class EntityExtractor
{
    public static ExtractedEntities Extract(RuleText t, string language, Func<string, bool> isPlace)
    {
        var masked = new bool[t.Words.Length];
        var experience = ExperienceRules.Find(t, masked, isPlace);
        var diploma = CareTitles.Apply(t, EngineerTitles.Apply(t, DiplomaRules.Find(t, language, isPlace, masked)));
        var foreign = PersonRules.ForeignDiploma(t) ?? false;
        var nationality = PersonRules.Nationality(t, ref foreign);
        var internalStatus = InternalRules.Find(t);
        InternalRules.MaskCurrentJob(t, masked);
        var licence = PersonRules.DrivingLicence(t);
        var heldFor = PersonRules.LicenceHeldFor(t);
        // "ik heb pas een jaar mijn rijbewijs": a span the licence has been held says it is held.
        if (licence is null && (heldFor.Year is not null || heldFor.Months is not null))
        {
            licence = true;
        }

        var lacked = RefusalWords.Lacked(t);
        var profile = new CandidateProfile
        {
            Diploma = diploma.Held,
            LacksDiploma = diploma.Lacks,
            DiplomaField = diploma.Field,
            DiplomaWords = diploma.Words,
            DiplomaNamedByField = diploma.NamedByField,
            Graduate = diploma.Graduate,
            ForeignDiploma = foreign ? true : null,
            FinalYearStudent = PersonRules.FinalYear(t),
            Experience = experience,
            WorkMentioned = experience.Count == 0 && ExperienceKinds.SpeaksOfOwnWork(t.Text) ? true : null,
            Nationality = nationality,
            PostKind = PostKindWords.Find(t.Text),
            DrivingLicence = licence,
            LicenceCategories = licence == true ? PersonRules.LicenceCategories(t) : [],
            Internal = internalStatus ?? InternalRules.External(t),
            LanguagesMentioned = LanguageSkillRules.Mentioned(t),
            WorkPermit = PersonRules.WorkPermit(t),
            Age = PersonRules.Age(t) ?? AgeRules.Find(t),
            AgeSoon = PersonRules.Age(t) is null ? AgeRules.Soon(t) : null,
            LicenceCodes = PersonRules.LicenceCodes(t),
            LicenceSinceYear = heldFor.Year,
            LicenceMonths = heldFor.Months,
            LacksLicenceCodes = PersonRules.LacksLicenceCodes(t),
            DutchLevel = LanguageSkillRules.DutchLevel(t),
            DiplomaLanguage = LanguageSkillRules.DiplomaLanguage(t),
            Student = StudentRules.Student(t),
            AvailableWeeks = StudentRules.AvailableWeeks(t),
            DutchAttest = LanguageSkillRules.DutchAttest(t),
            Unavailable = AvailabilityWords.Unavailable(t),
            AvailableFor = AvailabilityWords.Available(t),
            Declines = RefusalWords.Find(t),
            Lacks = lacked,
            LacksLanguage = lacked.Count > 0 ? language : null,
            Relation = PersonRules.Relation(t),
            ResidenceKm = PersonRules.ResidenceKm(t),
            CleanRecord = PersonRules.CleanRecord(t),
        };
        if (profile.FinalYearStudent == true && profile.DiplomaField is null && PersonRules.FinalYearField(t) is { } studied)
        {
            // "I'm in my final year of occupational therapy": the field of the diploma still to obtain.
            profile = profile with { DiplomaField = studied };
        }

        var certificates = CertificateRules.Find(t);
        profile = profile with
        {
            Certificates = certificates.Held, LacksCertificate = certificates.Lacks, CertificateTraining = certificates.Training,
            CertificateCurrent = certificates.Held.Count > 0 ? CertificateRules.Current(t) : null,
        };

        var aboutSalary = SalaryCues.Strong().IsMatch(t.Text) || SalaryCues.Medium().IsMatch(t.Text);
        return new ExtractedEntities(
            profile,
            ScoreRules.Find(t),
            QuantityRules.SeniorityYears(t, aboutSalary, internalStatus is not null),
            QuantityRules.WithinDays(t),
            QuantityRules.Today(t),
            masked);
    }

    /// <summary>Whether the question is about all vacancies, given whether it names one.</summary>
    public static ExtractedEntities WithVacancyScope(ExtractedEntities e, RuleText t, bool vacancyNamed, int vacanciesNamed = 0)
    {
        // "Which pays more at the start, X or Y?": pay compared between the vacancies named is a question over those vacancies.
        var compared = vacanciesNamed >= 2 && (VacancyListCues.ComparedPay().IsMatch(t.Text) || VacancyListCues.HighestSalary().IsMatch(t.Text));
        // "Which one closes last?" names no vacancy: it ranks them all.
        var last = !vacancyNamed && VacancyListCues.ClosingLast().IsMatch(t.Text);
        var explicitAll = compared || last || VacancyListCues.All().IsMatch(t.Text) || VacancyListCues.Field().IsMatch(t.Text);
        var all = explicitAll || (!vacancyNamed && VacancyListCues.Single().IsMatch(t.Text));
        return e with { AllVacancies = all, AllVacanciesExplicit = explicitAll };
    }
}
