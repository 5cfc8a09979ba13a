using System.Collections.Frozen;

namespace Assistant.Core.Text;

/// <summary>
/// The one home of the stop-word lists of every layer: named sets per purpose, built from shared base lists of function
/// words (articles, conjunctions, prepositions, question words, pronouns, auxiliaries per language) plus each purpose's
/// own words. Words are folded (<see cref="TextFold"/>) unless a set says otherwise.
/// </summary>
/// <remarks>
/// The purposes really differ, so the sets are not merged: what ends a field of study ("diploma", "behaald") is content
/// for retrieval, what is noise in a procedure question ("lang", "vroegste") is what a passage must contain in an open
/// question, and the search index uses Lucene's Dutch list as its analyzer always did. Merging two sets changes answers;
/// a new purpose gets a new named set here, built from the base lists. The architecture tests fail when a stop-word list
/// appears outside this file.
/// </remarks>
public static class StopWords
{
    // Base lists: function words by class and language, folded. A named set takes a base list only as a whole.
    private static readonly string[] DutchArticles = ["de", "het", "een"];
    private static readonly string[] EnglishArticles = ["the", "a", "an"];
    private static readonly string[] FrenchArticles = ["le", "la", "les", "un", "une", "du", "des"];
    private static readonly string[] DutchConjunctions = ["en", "of", "maar", "dus"];
    private static readonly string[] EnglishConjunctions = ["and", "or", "but", "so"];
    private static readonly string[] FrenchConjunctions = ["et", "ou", "mais", "donc"];
    private static readonly string[] DutchPrepositions = ["in", "op", "aan", "van", "voor", "met", "bij", "om", "te", "uit"];
    private static readonly string[] EnglishPrepositions = ["for", "to", "with", "at", "on", "from"];
    private static readonly string[] FrenchPrepositions = ["pour", "avec", "chez", "dans", "au"];
    private static readonly string[] DutchQuestionWords = ["wat", "hoe", "waar", "wanneer", "welke"];
    private static readonly string[] EnglishQuestionWords = ["what", "how", "where", "when", "which"];
    private static readonly string[] FrenchQuestionWords = ["quel", "combien", "quand", "comment"];
    private static readonly string[] DutchPronouns = ["ik", "je", "mijn"];
    private static readonly string[] EnglishPronouns = ["i", "you", "my"];
    private static readonly string[] FrenchPronouns = ["je", "vous", "mon", "ma"];
    private static readonly string[] DutchAuxiliaries = ["is", "ben", "heb", "heeft", "kan", "mag", "moet"];

    private static readonly string[] Articles = [.. DutchArticles, .. EnglishArticles, .. FrenchArticles];
    private static readonly string[] Conjunctions = [.. DutchConjunctions, .. EnglishConjunctions, .. FrenchConjunctions];
    private static readonly string[] Prepositions = [.. DutchPrepositions, .. EnglishPrepositions, .. FrenchPrepositions];
    private static readonly string[] QuestionWords = [.. DutchQuestionWords, .. EnglishQuestionWords, .. FrenchQuestionWords];
    private static readonly string[] Pronouns = [.. DutchPronouns, .. EnglishPronouns, .. FrenchPronouns];

    /// <summary>
    /// The base lists together: the function words of the three languages by which the architecture tests recognise a
    /// stop-word list outside this module.
    /// </summary>
    public static IReadOnlySet<string> FunctionWords { get; } = Set(Articles, Conjunctions, Prepositions, QuestionWords, Pronouns, DutchAuxiliaries);

    /// <summary>
    /// Lucene's Dutch stop list (Snowball's, as <c>DutchAnalyzer.DefaultStopSet</c> has it), verbatim: a Knowledge test keeps
    /// the two equal.
    /// </summary>
    public static IReadOnlyList<string> DutchSnowball { get; } =
    [
        "aan", "al", "alles", "als", "altijd", "andere", "ben", "bij", "daar", "dan", "dat", "de", "der", "deze", "die", "dit",
        "doch", "doen", "door", "dus", "een", "eens", "en", "er", "ge", "geen", "geweest", "haar", "had", "heb", "hebben", "heeft",
        "hem", "het", "hier", "hij", "hoe", "hun", "iemand", "iets", "ik", "in", "is", "ja", "je", "kan", "kon", "kunnen", "maar",
        "me", "meer", "men", "met", "mij", "mijn", "moet", "na", "naar", "niet", "niets", "nog", "nu", "of", "om", "omdat",
        "onder", "ons", "ook", "op", "over", "reeds", "te", "tegen", "toch", "toen", "tot", "u", "uit", "uw", "van", "veel",
        "voor", "want", "waren", "was", "wat", "werd", "wezen", "wie", "wil", "worden", "wordt", "zal", "ze", "zelf", "zich",
        "zij", "zijn", "zo", "zonder", "zou",
    ];

    /// <summary>
    /// The search index and its queries (DutchTextAnalyzer, PassageQueryBuilder, the index's compound splitter): Lucene's
    /// Dutch list, the single letters and the question words of a Dutch question.
    /// </summary>
    public static IReadOnlySet<string> Index { get; } = Set(
        DutchSnowball,
        Letters(),
        [
            "welke", "welk", "hoeveel", "wanneer", "waar", "waarom", "waarmee", "zouden", "mag", "moeten", "graag", "jij",
            "jullie", "we", "wij", "onze",
        ]);

    /// <summary>
    /// Procedures' term matching (TermText): words that carry no content in a procedure question or document, nl/en/fr,
    /// including the question's verbs of asking ("zegt", "regelen", "say") and time words a step question adds
    /// ("vroegste", "lang").
    /// </summary>
    /// <remarks>Content words are compared as stems, so this list is wider than the retrieval one.</remarks>
    public static IReadOnlySet<string> ProcedureTerms { get; } = Set(
        Articles,
        Prepositions,
        QuestionWords,
        Pronouns,
        DutchAuxiliaries,
        [
            "en", "of", "naar", "tot", "over", "als", "dat", "die", "dit", "deze", "der", "den", "wie", "welk", "waarom", "jij",
            "u", "we", "wij", "mij", "me", "zou", "zal", "kun", "kunnen", "mogen", "moeten", "zijn", "hebt", "hebben", "wordt",
            "worden", "werd", "er", "nog", "ook", "dan", "al", "niet", "geen", "zegt", "zeggen", "staat", "onze", "ons", "ze",
            "zij", "hij", "hun", "dus", "doe", "doen", "doet", "daar", "hier", "iets", "graag", "even", "precies", "eigenlijk",
            "hoeveel", "lang", "vroegste", "ten", "vroegst", "elk", "elke", "iedere", "ieder", "gaat", "krijgt", "krijgen", "na",
            "wel", "door", "zetten", "zet", "nodig", "regelen", "by", "who", "whom", "many", "much", "why", "your", "can", "could",
            "would", "will", "do", "does", "did", "are", "be", "been", "our", "us", "it", "its", "and", "or", "say", "says",
            "there", "has", "have", "if", "this", "that", "should", "must", "as", "about", "any", "long", "earliest", "et", "ou",
            "aux", "sur", "qui", "que", "quoi", "quelle", "quels", "quelles", "mes", "votre", "est", "sont", "peut", "puis", "il",
            "elle", "nous", "ce", "cette", "se", "sa", "son", "ses", "ne", "pas", "si", "faut", "doit", "dire", "temps", "lorsqu",
            "lors",
        ]);

    /// <summary>
    /// Open-question retrieval (RetrievalAnswers): the words of a question that do not say what it asks about,
    /// nl/en/fr, with generic job words ("werk", "vacature", "poste"). Kept as written, accented "à" and "où" included.
    /// </summary>
    /// <remarks>
    /// Narrower than <see cref="ProcedureTerms"/>: it must keep words such as "lang" and "precies" that a passage has
    /// to contain.
    /// </remarks>
    public static IReadOnlySet<string> RetrievalNoise { get; } = Set(
        Articles,
        QuestionWords,
        Pronouns,
        DutchPrepositions,
        FrenchPrepositions,
        DutchAuxiliaries,
        [
            "en", "of", "naar", "tot", "over", "als", "dat", "die", "dit", "deze", "wie", "welk", "hoeveel", "waarom", "jij", "u",
            "we", "wij", "mij", "me", "zou", "zal", "kun", "zijn", "hebt", "wordt", "worden", "er", "nog", "ook", "dan", "al",
            "niet", "geen", "werk", "werken", "job", "vacature", "functie", "dienst", "to", "for", "with", "at", "by", "who",
            "many", "much", "why", "your", "can", "could", "would", "will", "do", "does", "are", "be", "work", "et", "ou", "à",
            "aux", "sur", "qui", "que", "quoi", "quelle", "quels", "quelles", "où", "mes", "votre", "est", "sont", "peut", "puis",
            "travail", "poste", "zouden",
        ]);

    /// <summary>
    /// Open-question retrieval (RetrievalAnswers): verbs of asking and getting and fillers ("krijgen", "weten",
    /// "informatie") and the general word for benefits ("voordelen") that are never required in the documents, though they
    /// are not function words.
    /// </summary>
    public static IReadOnlySet<string> TopicNeutral { get; } = Set(
        [
            "krijg", "krijgen", "krijgt", "iedereen", "allemaal", "everyone", "everybody", "eigen", "extra", "graag", "kunnen", "moeten", "mogen", "willen", "wil", "weten",
            "vraag", "vragen", "informatie", "info", "meer", "daar", "hier", "iemand", "iets", "alles", "allerlei", "zoal", "naast", "bovenop", "behalve", "soms", "ergens",
            "precies", "eigenlijk", "gewoon", "even", "voorzien", "bestaat", "gebeurt", "gaat", "gaan", "doen", "doet", "hebben",
            "maken", "zitten", "staat", "staan", "nemen", "geven", "geeft", "betaalt", "betalen", "ligt", "liggen", "zoals",
            "plaats", "plaatsen", "collega", "collegas", "allemaal", "omdat", "want", "naast", "verder", "daarnaast", "bovenop",
            // "Hoe ziet de procedure eruit?", "hoe verloopt het?": the words of asking how a thing goes.
            "eruit", "uitzien", "ziet", "zien", "verloopt", "verlopen", "werkt", "concreet",
            // "Er zijn vast heel veel kandidaten", "misschien een domme vraag": degree words and hedges say nothing of the topic.
            "veel", "heel", "erg", "zeer", "echt", "misschien", "waarschijnlijk", "wellicht", "domme", "word",
            // "wat moet ik daarin halen?", "wat krijg ik ervoor?": pronominal adverbs point back to a word already asked about.
            "daarin", "daarvoor", "daarna", "daarbij", "daarmee", "daarover", "daarop", "daarvan", "daaraan", "hierin", "hiervoor",
            "hierbij", "hiermee", "hierover", "hiervan", "erin", "ervoor", "erbij", "ermee", "erover", "erop", "ervan", "eraan",
            // "Wat zijn de voordelen als X?": the benefits in general, which a document lists under any heading ("Wat bieden we?").
            "voordelen", "voordeel", "extralegale", "arbeidsvoorwaarden",
        ]);

    /// <summary>
    /// Understanding (diploma and person rules): words that end a study field or a domain phrase in a question —
    /// function words, the question's verbs, linking words and the words around a diploma ("diploma", "ervaring",
    /// "behaald").
    /// </summary>
    public static IReadOnlySet<string> StudyFieldEnd { get; } = Set(
        Articles,
        Conjunctions,
        EnglishPrepositions,
        DutchQuestionWords,
        EnglishQuestionWords,
        DutchPronouns,
        [
            "kan", "kom", "mag", "ben", "heb", "wil", "zou", "is", "was", "can", "may", "am", "have", "do", "would", "peux",
            "puis", "suis", "ai", "est", "om", "voor", "pour", "quel", "hoeveel", "combien", "nog", "wel", "al", "geen", "behaald",
            "gehaald", "nodig", "vereist", "met", "zonder", "bij", "in", "als", "without", "as", "avec", "sans", "chez", "dans",
            "op", "sur", "uit", "van", "i", "j'", "my", "mon", "ma", "dat", "die", "that", "qui", "que", "qu'", "diploma",
            "degree", "diplome", "ervaring", "experience", "werkervaring", "jaar", "years", "year", "ans", "niet", "not", "pas",
            "ook", "also", "aussi", "heeft", "has", "hebt", "afgestudeerd", "graduated", "behaalde", "haalde", "obtenu",
            "obtained", "completed", "afgerond", "voldoende", "genoeg", "enough", "ongeveer", "about", "environ", "solliciteren",
            "apply", "postuler", "sinds", "since", "depuis", "momenteel", "currently", "actuellement", "nu", "now", "maintenant",
            "gestudeerd", "studied", "hier", "here", "ici", "daar", "there", "zijn", "are", "sont", "kon", "could", "pourrais",
            "werk", "work", "travaille", "quand", "gedaan", "gevolgd", "afgewerkt", "done", "fait", "suivi", "gehad",
            // "a bachelor in nursing recognised in Belgium", "assistant social d'une haute école": the recognition and the school are no field.
            "recognised", "recognized", "erkend", "erkende", "reconnu", "reconnue", "gelijkgesteld", "d'",
        ]);

    /// <summary>
    /// Redaction (Storage's diploma patterns): words that end a field of study in raw, unfolded text; accents kept
    /// ("nécessaire"), compared ignoring case.
    /// </summary>
    /// <remarks>
    /// It runs on the text as typed, before any fold, so it cannot share the folded <see cref="StudyFieldEnd"/>.
    /// </remarks>
    public static IReadOnlySet<string> RedactedStudyFieldEnd { get; } = SetIgnoringCase(
        Articles,
        Conjunctions,
        Prepositions,
        DutchAuxiliaries,
        [
            "want", "kun", "wil", "ik", "je", "jij", "u", "we", "zijn", "was", "nodig", "vereist", "behaald", "gehaald", "als",
            "sinds", "niet", "wel", "ook", "nog", "al", "dan", "dat", "die", "deze", "solliciteren", "toegelaten", "geldig",
            "genoeg", "voldoende", "can", "could", "may", "must", "i", "you", "am", "are", "have", "has", "since", "that", "which",
            "needed", "required", "obtained", "enough", "apply", "eligible", "valid", "do", "does", "will", "would", "tu", "vous",
            "est", "suis", "ai", "puis", "peux", "peut", "à", "depuis", "obtenu", "nécessaire", "requis", "suffisant", "postuler",
            "valable",
        ]);

    /// <summary>
    /// Understanding (experience rules): words that end the domain phrase of an experience ("5 jaar ervaring in de zorg
    /// en …"): linking words, verbs of the question, "gedurende"/"during".
    /// </summary>
    public static IReadOnlySet<string> ExperiencePhraseEnd { get; } = Set(
        Conjunctions,
        [
            "kan", "kom", "mag", "ben", "heb", "wil", "zou", "is", "was", "can", "may", "am", "have", "do", "would", "peux",
            "puis", "suis", "ai", "est", "om", "to", "voor", "for", "pour", "wat", "what", "quel", "hoeveel", "how", "combien",
            "waardoor", "nu", "now", "ook", "also", "aussi", "sinds", "since", "depuis", "gedurende", "during", "pendant", "al",
            "already", "deja", "waarvan", "dat", "die", "that", "which", "qui", "que",
        ]);

    /// <summary>
    /// Understanding (question analysis): words that carry no question of their own — function words, generic job
    /// words, "interested", greetings, yes/no and corrections ("ik bedoelde", "plutôt") — so "En in X?" asks nothing
    /// new.
    /// </summary>
    public static IReadOnlySet<string> Filler { get; } = Set(
        DutchArticles,
        EnglishArticles,
        DutchConjunctions,
        FrenchConjunctions,
        [
            "in", "bij", "voor", "van", "met", "op", "naar", "te", "daar", "dan", "ook", "nog", "eens", "wat", "hoe", "zit", "zat",
            "die", "dat", "job", "jobs", "vacature", "functie", "baan", "post", "ik", "ben", "heb", "interesse", "geinteresseerd",
            "geintereseerd", "zou", "graag", "meer", "weten", "over", "willen", "wil", "and", "what", "about", "for", "at", "with",
            "how", "i", "am", "interested", "position", "vacancy", "role", "tell", "me", "more", "please", "pour", "la", "le",
            "les", "l'", "au", "aux", "du", "d'", "chez", "je", "suis", "interessee", "poste", "emploi", "offre", "alors", "sinon",
            "quoi", "hallo", "hello", "hi", "bonjour", "dag", "ok", "oke", "okay", "eh", "euh", "uhm", "hmm", "also", "too",
            "aussi", "i'm", "im", "i'd", "i've", "sorry", "excuseer", "pardon", "nee", "neen", "ja", "no", "yes", "non", "oui",
            "bedoel", "bedoelde", "bedoelt", "meant", "mean", "voulais", "dire", "plutot", "rather", "eigenlijk", "wel", "toch",
            "niet", "not", "instead", "plaats", "pas", "but", "liever", "then", "juist", "correct", "exact",
        ]);

    /// <summary>
    /// Understanding (slot replies): the words around the value in a reply to a slot question ("ik heb een master in de
    /// rechten", "my degree is in law").
    /// </summary>
    public static IReadOnlySet<string> SlotReplyFiller { get; } = Set(
        Articles,
        DutchPronouns,
        [
            "heb", "have", "i", "j'", "ai", "l'", "in", "en", "dans", "of", "d'", "richting", "domaine", "field", "my", "mon",
            "ma", "is", "was", "als", "as", "comme", "it's", "c'est", "c'", "est", "dat", "that", "met", "with", "avec", "at",
            "bij", "chez", "au", "aux", "op", "on", "sur", "diploma", "degree", "diplome", "area", "sector", "secteur", "sectoren",
        ]);

    /// <summary>
    /// Understanding (vacancy resolver): generic job words and function words that never identify a vacancy; the
    /// resolver adds the language-evidence words of the three languages and keeps cognates and key words out.
    /// </summary>
    public static IReadOnlySet<string> VacancyReferenceNoise { get; } = Set(
        DutchArticles,
        [
            "job", "jobs", "vacature", "vacatures", "functie", "functies", "vacancy", "vacancies", "position", "positions", "post",
            "poste", "postes", "emploi", "emplois", "offre", "offres", "werk", "baan", "rol", "role", "sollicitatie", "kandidaat",
            "kandidatuur", "betrekking", "opening", "openings", "the", "van", "voor", "der", "des", "bij", "als", "la", "le",
            "les", "en", "et", "and", "of", "in", "op", "te", "aan", "met", "du", "au", "aux", "a", "l'", "d'", "qu'", "s'", "n'",
            "c'", "j'", "hoe", "wat", "wie", "waar", "hallo", "dag", "ook", "nog", "graag", "eens", "even", "juist", "precies",
            "alle", "elke", "iedere", "ieder", "andere", "zelfde", "over", "about", "what", "which", "solliciteren", "apply",
            "postuler", "interesse", "geinteresseerd", "interested", "interessee", "vraag", "vragen", "question", "questions",
            "uitleg", "info", "informatie", "information", "informations", "mogelijk", "possible",
        ]);

    /// <summary>
    /// Dialogs (HR insights): the words that never make two candidates' questions about the same thing (function words of
    /// the three languages, generic job words and the redaction tokens), dropped before questions are clustered.
    /// </summary>
    public static IReadOnlySet<string> InsightsClustering { get; } = Set(
        [
            // nl
            "de", "het", "een", "en", "of", "ik", "je", "jij", "u", "we", "wij", "ze", "zij", "hij", "mijn", "mij", "me", "is", "zijn", "ben", "bent",
            "was", "wat", "wie", "hoe", "waar", "wanneer", "welke", "welk", "waarom", "kan", "kun", "kunt", "mag", "moet", "moeten", "wordt", "worden",
            "heb", "hebt", "heeft", "hebben", "er", "in", "op", "aan", "bij", "van", "voor", "met", "naar", "om", "over", "uit", "tot", "als", "dan",
            "dat", "die", "dit", "deze", "nog", "ook", "al", "niet", "geen", "wel", "te", "zo", "maar", "hier", "daar", "vacature", "job", "functie",
            // en
            "the", "a", "an", "and", "or", "i", "you", "my", "me", "is", "are", "am", "was", "what", "who", "how", "where", "when", "which", "why",
            "can", "could", "do", "does", "did", "have", "has", "to", "of", "for", "with", "on", "at", "by", "from", "this", "that", "there", "it",
            "be", "will", "would", "should", "any", "vacancy",
            // fr
            "le", "la", "les", "un", "une", "des", "du", "et", "ou", "je", "tu", "vous", "il", "elle", "mon", "ma", "mes", "est", "suis", "sont",
            "que", "qui", "quoi", "comment", "quand", "quel", "quelle", "quels", "quelles", "pourquoi", "puis", "peux", "peut", "dois", "doit",
            "ai", "avez", "avoir", "pour", "avec", "sur", "dans", "par", "ce", "cette", "ces", "ne", "pas", "poste", "offre",
            // redaction tokens
            "email", "phone", "diploma", "experience", "name", "address", "nationality", "age", "iban", "rrn",
        ]);

    private static IEnumerable<string> Letters()
    {
        for (var c = 'a'; c <= 'z'; c++)
        {
            yield return c.ToString();
        }
    }

    private static FrozenSet<string> Set(params IEnumerable<string>[] parts) => parts.SelectMany(p => p).ToFrozenSet(StringComparer.Ordinal);

    private static FrozenSet<string> SetIgnoringCase(params IEnumerable<string>[] parts) =>
        parts.SelectMany(p => p).ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}
