using Assistant.Core.Facts;

namespace Assistant.Tools.Profile;

/// <summary>
/// What a candidate said about themselves. Null means "not said". <see cref="LacksDiploma"/> records a negative
/// statement ("geen bachelordiploma": the highest diploma is below that level, exact level unknown).
/// </summary>
public sealed record CandidateProfile
{
    public DiplomaLevel? Diploma { get; init; }
    public string? DiplomaField { get; init; }
    /// <summary>The candidate's own words for the diploma held ("het 6de jaar bso", "diploma aso"), lower case; null when none was named.</summary>
    public string? DiplomaWords { get; init; }
    public DiplomaLevel? LacksDiploma { get; init; }
    /// <summary>
    /// True when the candidate says they hold a diploma named by its programme alone ("een diploma kinderzorg", "un diplôme en
    /// électromécanique"), with no level and no word of a lower stage: a full diploma of at least secondary level.
    /// </summary>
    public bool? DiplomaNamedByField { get; init; }
    public bool? ForeignDiploma { get; init; }
    /// <summary>A graduaat (HBO5) was named: never assumed to give access to level B.</summary>
    public bool? Graduate { get; init; }
    public bool? FinalYearStudent { get; init; }
    /// <summary>Years of experience by kind: "any", "relevant", "public", "private", "self-employed", "leadership", or "domain:&lt;words&gt;".</summary>
    public IReadOnlyList<ExperienceEntry> Experience { get; init; } = [];
    /// <summary>
    /// True when the candidate spoke of their work or experience in words no rule turned into years ("I worked as a legal
    /// adviser", "j'ai de l'expérience comme aide-soignante"): an experience requirement is then touched, never a mere reminder.
    /// </summary>
    public bool? WorkMentioned { get; init; }
    /// <summary>"EU", "EEA", "BE" or "other".</summary>
    public string? Nationality { get; init; }
    /// <summary>The kind of post the candidate asks about ("contractual" or "statutory"), when they name one ("en contractueel dan?").</summary>
    public string? PostKind { get; init; }
    public bool? DrivingLicence { get; init; }
    /// <summary>The licence categories the candidate named ("rijbewijs B", "C-rijbewijs"), empty when none were named.</summary>
    public IReadOnlyList<string> LicenceCategories { get; init; } = [];
    public InternalStatus? Internal { get; init; }
    /// <summary>True when the candidate spoke about the languages they know or lack ("ik spreek geen Frans").</summary>
    public bool? LanguagesMentioned { get; init; }
    /// <summary>The certificates (brevet, attest) the candidate says they hold, in their words ("brevet hoger redder").</summary>
    public IReadOnlyList<string> Certificates { get; init; } = [];
    /// <summary>True when the candidate says they lack a certificate ("geen brevet", "no lifeguard certificate").</summary>
    public bool? LacksCertificate { get; init; }
    /// <summary>
    /// Whether the certificate held is kept up to date: false when the candidate says it lapsed or was never refreshed
    /// ("nooit bijscholing gevolgd", "expired"), true when they say it is current; null when not said.
    /// </summary>
    public bool? CertificateCurrent { get; init; }
    /// <summary>The kinds of working time the candidate says they cannot or will not work ("night", "weekend", "evening", "shift", "irregular").</summary>
    public IReadOnlyList<string> Unavailable { get; init; } = [];
    /// <summary>
    /// The substantive words of what the candidate says they will not or cannot do ("ik wil geen wapen dragen" → "wapen",
    /// "dragen"), folded; empty when they refused nothing. Compared with the willingness a vacancy asks.
    /// </summary>
    public IReadOnlyList<string> Declines { get; init; } = [];
    /// <summary>
    /// The substantive words of what the candidate says they do not have, beyond the facts read on their own (a diploma, a
    /// licence, experience, a nationality): "ik heb nog geen visum" → "visum", "I don't have a VCA certificate" → "vca". Folded;
    /// held against the vacancy's requirement sentences, never a fact of its own.
    /// </summary>
    public IReadOnlyList<string> Lacks { get; init; } = [];
    /// <summary>The language the candidate named what they lack in ("nl", "en", "fr"); null when they lack nothing.</summary>
    public string? LacksLanguage { get; init; }
    /// <summary>The kinds of working time the candidate says they can work ("nachtwerk is geen probleem", "happy to work weekends").</summary>
    public IReadOnlyList<string> AvailableFor { get; init; } = [];
    /// <summary>True when the candidate says they hold a valid residence and work permit, false when they say they lack one; null when not said.</summary>
    public bool? WorkPermit { get; init; }
    /// <summary>The age the candidate says they are ("ik ben 17 jaar", "I am 17 years old", "j'ai 17 ans"); null when not said.</summary>
    public int? Age { get; init; }
    /// <summary>The age the candidate says they are about to reach ("ik word 18 in juli", "j'aurai 18 ans le 1er juillet"; <see cref="Age"/> is one less); null when not said.</summary>
    public int? AgeSoon { get; init; }
    /// <summary>When the candidate says they reach <see cref="AgeSoon"/>: the day they name, else the last day of the month ("ik word 16
    /// in maart" said in January 2027 → 31 March 2027); null when they named no month or it could not be placed in time.</summary>
    public DateOnly? AgeSoonBy { get; init; }
    /// <summary>The training the candidate says they are following, in their words ("opleiding hoger redder"); null when not said.</summary>
    public string? CertificateTraining { get; init; }
    /// <summary>The codes on the licence the candidate says they hold ("code 95", "vakbekwaamheid" → "95"; "ADR"), empty when none were named.</summary>
    public IReadOnlyList<string> LicenceCodes { get; init; } = [];
    /// <summary>The year the candidate obtained their licence ("rijbewijs sinds 2025"); -1 for last year and 0 for this year, counted from the day judged on; null when not said.</summary>
    public int? LicenceSinceYear { get; init; }
    /// <summary>How many months the candidate has held their licence ("sinds 6 maanden", "for two years"), or null when not said.</summary>
    public int? LicenceMonths { get; init; }
    /// <summary>True when the candidate says they lack a licence code ("geen code 95") or that they hold only the categories named ("ik heb enkel B").</summary>
    public bool? LacksLicenceCodes { get; init; }
    /// <summary>The CEFR level the candidate states explicitly for their Dutch ("ik heb A2", "my Dutch is B2 level"); null when no level was stated.</summary>
    public string? DutchLevel { get; init; }
    /// <summary>The language the candidate says their diploma was issued or taught in ("nl", "fr", "en", "de"); null when not said.</summary>
    public string? DiplomaLanguage { get; init; }
    /// <summary>True when the candidate says they are a student ("ik ben student", "je suis étudiante"), false when they say they no longer study ("ik studeer niet meer", "afgestudeerd"); null when not said.</summary>
    public bool? Student { get; init; }
    /// <summary>The number of weeks the candidate says they are available ("I'm only available for 2 weeks"); null when not said.</summary>
    public int? AvailableWeeks { get; init; }
    /// <summary>True when the candidate says they hold a certificate of the Dutch level they state (<see cref="DutchLevel"/>); null when not said.</summary>
    public bool? DutchAttest { get; init; }

    /// <summary>
    /// A tie the candidate says they have to someone in office ("mijn man zit in het bestuur", "my sister is an alderman"):
    /// "partner" for a spouse or partner, "relative" for family; null when not said.
    /// </summary>
    public string? Relation { get; init; }

    /// <summary>
    /// Where the candidate says they live: the distance in km when they state one ("ik woon op 60 km", "I live 45 km away"),
    /// 0 when they name only a place ("ik woon in Gent"); null when not said.
    /// </summary>
    public int? ResidenceKm { get; init; }

    /// <summary>True when the candidate says their criminal record is clean, false when they say it holds a conviction; null when not said.</summary>
    public bool? CleanRecord { get; init; }

    /// <summary>True when nothing at all is known.</summary>
    public bool IsEmpty => Diploma is null && DiplomaNamedByField is null && LacksDiploma is null && Graduate is null && ForeignDiploma is null && Experience.Count == 0
        && Nationality is null && DrivingLicence is null && Internal is null && FinalYearStudent is null && LanguagesMentioned is null
        && Certificates.Count == 0 && LacksCertificate is null && CertificateTraining is null && WorkPermit is null && Age is null && AgeSoon is null
        && LicenceCodes.Count == 0 && LacksLicenceCodes is null && DutchLevel is null && DiplomaLanguage is null
        && Student is null && AvailableWeeks is null && DutchAttest is null && Unavailable.Count == 0 && AvailableFor.Count == 0 && Declines.Count == 0 && Lacks.Count == 0 && Relation is null && ResidenceKm is null && CleanRecord is null;

    /// <summary>Combines two profiles; facts in <paramref name="newer"/> win.</summary>
    public CandidateProfile Merge(CandidateProfile newer) => new()
    {
        Diploma = newer.Diploma ?? (newer.LacksDiploma is not null ? null : Diploma),
        DiplomaField = newer.DiplomaField ?? DiplomaField,
        DiplomaWords = newer.Diploma is not null || newer.LacksDiploma is not null ? newer.DiplomaWords : DiplomaWords,
        LacksDiploma = newer.LacksDiploma ?? (newer.Diploma is not null ? null : LacksDiploma),
        DiplomaNamedByField = newer.DiplomaNamedByField ?? (newer.Diploma is not null || newer.LacksDiploma is not null ? null : DiplomaNamedByField),
        ForeignDiploma = newer.ForeignDiploma ?? ForeignDiploma,
        Graduate = newer.Graduate ?? Graduate,
        FinalYearStudent = newer.FinalYearStudent ?? FinalYearStudent,
        Experience = newer.Experience.Count > 0 ? newer.Experience : Experience,
        WorkMentioned = newer.WorkMentioned ?? WorkMentioned,
        Nationality = newer.Nationality ?? Nationality,
        PostKind = newer.PostKind ?? PostKind,
        DrivingLicence = newer.DrivingLicence ?? DrivingLicence,
        LicenceCategories = newer.DrivingLicence is not null ? newer.LicenceCategories : LicenceCategories,
        Internal = newer.Internal is { } status ? (Internal?.Merge(status) ?? status) : Internal,
        LanguagesMentioned = newer.LanguagesMentioned ?? LanguagesMentioned,
        Certificates = newer.Certificates.Count > 0 ? newer.Certificates : Certificates,
        LacksCertificate = newer.LacksCertificate ?? (newer.Certificates.Count > 0 ? null : LacksCertificate),
        CertificateTraining = newer.CertificateTraining ?? CertificateTraining,
        Unavailable = newer.Unavailable.Count > 0 || newer.AvailableFor.Count > 0 ? newer.Unavailable : Unavailable,
        AvailableFor = newer.Unavailable.Count > 0 || newer.AvailableFor.Count > 0 ? newer.AvailableFor : AvailableFor,
        Declines = [.. Declines.Concat(newer.Declines).Distinct(StringComparer.Ordinal)],
        Lacks = [.. Lacks.Concat(newer.Lacks).Distinct(StringComparer.Ordinal)],
        LacksLanguage = newer.Lacks.Count > 0 ? newer.LacksLanguage : LacksLanguage,
        CertificateCurrent = newer.CertificateCurrent ?? (newer.Certificates.Count > 0 ? null : CertificateCurrent),
        WorkPermit = newer.WorkPermit ?? WorkPermit,
        Age = newer.Age ?? Age,
        AgeSoon = newer.Age is not null ? newer.AgeSoon : AgeSoon,
        AgeSoonBy = newer.Age is not null ? newer.AgeSoonBy : AgeSoonBy,
        LicenceSinceYear = newer.LicenceSinceYear ?? (newer.LicenceMonths is not null ? null : LicenceSinceYear),
        LicenceMonths = newer.LicenceMonths ?? (newer.LicenceSinceYear is not null ? null : LicenceMonths),
        LicenceCodes = newer.LicenceCodes.Count > 0 ? newer.LicenceCodes : newer.LacksLicenceCodes == true ? [] : LicenceCodes,
        LacksLicenceCodes = newer.LacksLicenceCodes ?? (newer.LicenceCodes.Count > 0 ? null : LacksLicenceCodes),
        DutchLevel = newer.DutchLevel ?? DutchLevel,
        DiplomaLanguage = newer.DiplomaLanguage ?? (newer.Diploma is not null ? null : DiplomaLanguage),
        Student = newer.Student ?? Student,
        AvailableWeeks = newer.AvailableWeeks ?? AvailableWeeks,
        DutchAttest = newer.DutchLevel is not null ? newer.DutchAttest : DutchAttest,
        Relation = newer.Relation ?? Relation,
        ResidenceKm = newer.ResidenceKm ?? ResidenceKm,
        CleanRecord = newer.CleanRecord ?? CleanRecord,
    };
}
