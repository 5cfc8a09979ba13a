using Assistant.Understanding.Entities;
using Assistant.Understanding.Text;

namespace Assistant.Understanding.Classification;

/// <summary>
/// Chooses the intent by weighted cues: every matching pattern adds its weight to its intent, the entities add
/// evidence (reported scores → scoring, stated profile facts → eligibility, "welke vacatures" → vacancies), and the
/// highest total wins (ties by <see cref="IntentNames.Scored"/> order). Below a minimum the question is general when
/// it is about the domain or names a vacancy, smalltalk when it is a greeting or thanks, and unknown otherwise.
/// </summary>
internal static partial class IntentClassifier
{
    private const double Minimum = 2.0;

    private static readonly IntentCue[] Cues =
    [
        new(IntentNames.Deadline, 4, DeadlineCues.Strong()),
        new(IntentNames.Deadline, 2, DeadlineCues.Medium()),
        new(IntentNames.Deadline, 1.5, DeadlineCues.DaysLeft()),
        new(IntentNames.Deadline, 2, DeadlineCues.Until()),
        new(IntentNames.Deadline, 4, DeadlineCues.UntilApply()),
        new(IntentNames.Deadline, 4, DeadlineCues.StillHandIn()),
        new(IntentNames.Deadline, 6, DeadlineCues.StillSend()),
        new(IntentNames.Deadline, 5, DeadlineCues.InTime()),
        new(IntentNames.Deadline, 5, DeadlineCues.NowStill()),
        new(IntentNames.Deadline, 5, DeadlineCues.DatedApply()),
        new(IntentNames.Deadline, 4, DeadlineCues.DayOfDate()),
        new(IntentNames.Eligibility, 3, EligibilityCues.Strong(), EligibilityCues.StrongNear()),
        new(IntentNames.Eligibility, 3, EligibilityCues.Trade()),
        new(IntentNames.Eligibility, 2, EligibilityCues.Medium()),
        new(IntentNames.Salary, 3, SalaryCues.Strong()),
        new(IntentNames.Salary, 1.5, SalaryCues.Medium()),
        new(IntentNames.Salary, 2, SalaryCues.Counting()),
        new(IntentNames.Salary, 4, SalaryCues.Asked()),
        new(IntentNames.Salary, 3, SalaryCues.Amounts()),
        new(IntentNames.Salary, 3, SalaryCues.MoreForHours()),
        new(IntentNames.Salary, 7, SalaryCues.WithPremium()),
        new(IntentNames.Salary, 7, SalaryCues.WithoutPremium()),
        new(IntentNames.Salary, 3, SalaryCues.PartTimePay()),
        new(IntentNames.Procedure, 3, ProcedureCues.Strong(), ProcedureCues.NamedTest()),
        new(IntentNames.Procedure, 1.5, ProcedureCues.Medium()),
        new(IntentNames.Procedure, 5, ProcedureCues.AssignmentReturn()),
        new(IntentNames.Procedure, 4, ProcedureCues.Process()),
        new(IntentNames.Procedure, 5, ProcedureCues.Reserve()),
        new(IntentNames.Scoring, 5, ScoringCues.Strong()),
        new(IntentNames.Scoring, 1.5, ScoringCues.Medium()),
        new(IntentNames.Benefits, 3.5, BenefitCues.General()),
        new(IntentNames.Benefits, 2, BenefitCues.PaysFor()),
        new(IntentNames.Benefits, 6, BenefitCues.OnTopOfPay()),
        new(IntentNames.Benefits, 6, BenefitCues.PremiumAsked()),
        new(IntentNames.Benefits, 3, BenefitCues.PremiumNamed()),
        new(IntentNames.Benefits, 5, BenefitCues.ExtraForHours()),
        new(IntentNames.Documents, 4, DocumentCues.Strong()),
        new(IntentNames.Documents, 2, DocumentCues.Medium()),
        new(IntentNames.Documents, 5, DocumentCues.Which()),
        new(IntentNames.Documents, 6, DocumentCues.HowToApply()),
        new(IntentNames.Contact, 5, ContactCues.Strong()),
        new(IntentNames.Contact, 2, ContactCues.Medium()),
        new(IntentNames.General, 2, GeneralCues.Strong()),
        new(IntentNames.Smalltalk, 2, GeneralCues.Smalltalk()),
    ];

    /// <summary>The intent of the question.</summary>
    /// <param name="text">The rule text.</param>
    /// <param name="entities">What the entity rules found.</param>
    /// <param name="vacancyNamed">Whether the question names a vacancy.</param>
    /// <param name="elliptic">Whether the question has no content beyond function words and vacancy words ("En in X?").</param>
    /// <param name="topic">The concrete thing the question names (<see cref="TopicCues"/>), whose weight counts for benefits.</param>
    public static string Classify(RuleText text, ExtractedEntities entities, bool vacancyNamed, bool elliptic, string? topic = null) =>
        Read(text, entities, vacancyNamed, elliptic, topic).Intent;

    /// <summary>The intent of the question with how sure the cues are of it (<see cref="IntentConfidence"/>).</summary>
    public static (string Intent, double Confidence) Read(RuleText text, ExtractedEntities entities, bool vacancyNamed, bool elliptic, string? topic = null)
    {
        var scores = new double[IntentNames.Scored.Length];
        var s = text.Text;
        // "Kan ik meedoen voor de werfreserve X?", "the deadline for the X reserve": a procedure word that names what one
        // applies for is no question about the procedure; asking to join it is asking whether one may take part.
        var procedure = ProcedureCues.WithoutNamedProcedure(s, entities.Scores.Count > 0, out var joins);
        foreach (var cue in Cues)
        {
            if (cue.IsMatch(cue.Intent == IntentNames.Procedure ? procedure : s))
            {
                scores[IntentNames.IndexOf(cue.Intent)] += cue.Weight;
            }
        }

        if (joins && scores[IntentNames.IndexOf(IntentNames.Deadline)] == 0)
        {
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 3;
        }

        // A named benefit or a concrete thing the employer may offer ("a course", "a crèche") is evidence for benefits,
        // also against "pay" in "does X pay for a course".
        // A candidate who states their facts before asking ("3 jaar gewerkt in een crèche, vast contract. Kan ik beginnen?")
        // names things about themselves: only the words of the question itself pick a topic.
        var asking = entities.Profile.IsEmpty ? s : AskedPart(s);
        var benefit = BenefitCues.Kind(asking);
        var benefitWeight = benefit is null ? 0 : benefit == "training" ? 3 : 5;
        var asked = topic is null || (!ReferenceEquals(asking, s) && TopicCues.Find(asking) is null) ? null : TopicCues.Get(topic);
        scores[IntentNames.IndexOf(IntentNames.Benefits)] += Math.Max(benefitWeight, asked is { Intent: IntentNames.Benefits } ? asked.Weight : 0);
        if (asked is { Intent: IntentNames.General })
        {
            scores[IntentNames.IndexOf(IntentNames.General)] += asked.Weight;
        }

        AddEntityEvidence(scores, entities);

        var best = 0;
        for (var i = 1; i < scores.Length; i++)
        {
            if (scores[i] > scores[best])
            {
                best = i;
            }
        }

        var smalltalk = scores[IntentNames.IndexOf(IntentNames.Smalltalk)];
        var bestIntent = IntentNames.Scored[best];
        if (bestIntent != IntentNames.Smalltalk && scores[best] >= Minimum)
        {
            return (bestIntent, IntentConfidence.OfCues(scores[best], SecondBest(scores, best)));
        }

        if (smalltalk > 0 && !vacancyNamed)
        {
            return (IntentNames.Smalltalk, IntentConfidence.Certain);
        }

        if (vacancyNamed)
        {
            // "En in Zonnebeek?" is unknown on purpose (the conversation supplies the intent); a named vacancy with words no cue knows is a guess.
            return elliptic ? (IntentNames.Unknown, IntentConfidence.Certain) : (IntentNames.General, IntentConfidence.Default);
        }

        return GeneralCues.Domain().IsMatch(s) || scores.Max() >= 1.5 ? (IntentNames.General, IntentConfidence.Default) : (IntentNames.Unknown, IntentConfidence.None);
    }

    /// <summary>
    /// The question within a message that also states facts: the last sentence that ends in a question mark; a message
    /// without one asks nothing of its own unless it opens with a question word ("wat", "is er", "how", "y a-t-il") or says
    /// it wants to know; then the whole message.
    /// </summary>
    private static string AskedPart(string s)
    {
        var mark = s.LastIndexOf('?');
        if (mark < 0)
        {
            return QuestionWord().IsMatch(s) ? s : "";
        }

        var start = s.LastIndexOfAny(['.', '!', '?', ';'], Math.Max(0, mark - 1));
        return s[(start + 1)..(mark + 1)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s*(wat|welke?|hoe|hoeveel|waar|wanneer|wie|is er|zijn er|krijg|what|which|how|where|when|who|is there|are there|do you|quel|quelle|quels|comment|combien|ou|quand|y a t il|est ce qu)\b|\b(wil weten|vraag me af|i wonder|wondering|je voudrais savoir|zou graag weten)\b", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex QuestionWord();

    private static double SecondBest(double[] scores, int best)
    {
        var second = 0.0;
        for (var i = 0; i < scores.Length; i++)
        {
            if (i != best && IntentNames.Scored[i] != IntentNames.Smalltalk && scores[i] > second)
            {
                second = scores[i];
            }
        }

        return second;
    }

    private static void AddEntityEvidence(double[] scores, ExtractedEntities e)
    {
        if (e.Scores.Count > 0)
        {
            scores[IntentNames.IndexOf(IntentNames.Scoring)] += e.Scores.Any(x => x.Points is not null) ? 5 : 3;
        }

        var p = e.Profile;
        if (p.Diploma is not null || p.LacksDiploma is not null || p.Graduate is not null || p.ForeignDiploma is not null
            || p.FinalYearStudent is not null || p.Nationality is not null || p.DrivingLicence is not null
            || p.Internal is { IsInternal: true } || (p.Internal is not null && p.Experience.Count == 0))
        {
            // An employer that only makes the candidate external ("15 jaar bij een privébedrijf") adds nothing to the experience it came with.
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 2;
        }

        if (p.LacksDiploma is not null || p.DrivingLicence == false)
        {
            // "I have no driving licence. Can I still apply?": the "still" is about the missing requirement, not the deadline.
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 1;
        }

        if (p.Age is not null || p.AgeSoon is not null || p.Student is not null || p.AvailableWeeks is not null)
        {
            // "Ik ben 16", "I'm a student", "only available for 2 weeks": facts a student job's conditions are judged on.
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 1.5;
        }

        if (p.Experience.Count > 0)
        {
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 2;
        }

        if (p.Certificates.Count > 0 || p.LacksCertificate is not null || p.CertificateTraining is not null || p.Relation is not null
            || p.CleanRecord is not null || p.ResidenceKm is not null || p.Unavailable.Count > 0)
        {
            // "… en heb een brevet hoger redder. Zwembad X?", "ik woon op 40 km", "ik heb een veroordeling": more facts conditions are judged on.
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 1.5;
        }

        if (p.CleanRecord is not null)
        {
            // "I have a criminal record", "mon casier est vierge": the candidate's own record, not the extract to hand in (whose
            // words are a strong documents cue).
            scores[IntentNames.IndexOf(IntentNames.Eligibility)] += 4.5;
        }

        if (e.AllVacancies)
        {
            scores[IntentNames.IndexOf(IntentNames.Vacancies)] += e.AllVacanciesExplicit ? 8 : 3;
        }

        if (e.SeniorityYears is not null)
        {
            scores[IntentNames.IndexOf(IntentNames.Salary)] += 2;
        }

        if (e.Today)
        {
            scores[IntentNames.IndexOf(IntentNames.Deadline)] += 1;
        }
    }
}
