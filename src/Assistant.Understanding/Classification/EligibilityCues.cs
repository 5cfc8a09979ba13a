using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions whether the user may apply: requirements, "kom ik in aanmerking", "can I apply", "puis-je postuler".</summary>
internal static partial class EligibilityCues
{
    [GeneratedRegex(
        @"\bin aanmerking\b|\bvoldoe ik\b|\bvoldoen aan\b|\bvoldoe aan\b|\btoelaatba|\btoegelaten\b"
        + @"|\btoelatingsvoorwaarde|\baanwervingsvoorwaarde|\bdeelnemingsvoorwaarde|\bvoorwaarden\b"
        + @"|\bvereisten\b|\bvereiste\b|\bdiplomavereist|\bdiplomavoorwaarde"
        + @"|\b(mag|kan) ik (dan |ook |wel |eventueel |toch |zomaar |gewoon |zelfs |daar |hier )?(meedoen|deelnemen|solliciteren|postuleren|kandideren|kandidaat|mij kandidaat|me kandidaat|inschrijven|reageren|meedingen|mee doen)\b"
        + @"|\bben ik (geschikt|toegelaten|toelaatbaar|gekwalificeerd|welkom)"
        + @"|\b(welk|welke) (diploma|opleiding|studies|studie|diplomaniveau|niveau)\b"
        + @"|\b(diploma|bachelor|master|ervaring|rijbewijs|nationaliteit)\w* (nodig|vereist|verplicht|een vereiste)\b"
        + @"|\beligib|\bqualif(y|ied)\b|\brequirements?\b|\bam i allowed to apply"
        + @"|\b(can|may|could) i (apply|participate|qualify|be considered|take part)\b"
        + @"|\bdo i (need|have to have)\b|\badmission\b|\badmissib"
        + @"|\bpuis je (postuler|candidater|poser|participer|me porter|m' inscrire)"
        + @"|\best ce que je peux (postuler|candidater|participer|poser)"
        + @"|\bconditions (d' )?(admission|acces|de participation|requises)"
        + @"|\bsuis je (eligible|admissible|qualifie)|\bfaut il (un|une|avoir)\b"
        + @"|\bil faut (quel|quelle|un|une|avoir)\b|\b(diplome|experience) (requis|necessaire|exige)"
        + @"|\bexigences\b|\bje peux (postuler|candidater)\b"
        + @"|\b(remplis|remplir|remplit|remplissez|satisfais|satisfaire|satisfaisez|reponds|repondre|repondez) (a |aux |les |toutes les |a toutes les )?(conditions|criteres)\b"
        + @"|\b(meet|fulfil|fulfill|satisfy) (the |all the |all )?(conditions|criteria)\b"
        + @"|\b(gevraagde|vereiste|verwachte) (ervaring|diploma|profiel|opleiding)|\bnationaliteit"
        + @"|\bnationality\b|\bnationalite\b|\bleeftijd|\bage limit|\bmaximum age\b|\blimite d' age\b|\bte oud\b"
        + @"|\btoo old\b|\btrop (vieux|vieille|age|agee)\b"
        + @"|\b(mee|count\w*|comptent|compte) (als|as|comme) (relevante|relevant|pertinente|nuttige)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    /// <summary>The strong cues with gaps ("kom ik … in aanmerking"), kept apart so that each automaton stays small.</summary>
    [GeneratedRegex(
        @"\bkom ik .{0,30}(aanmerking|aan de slag|in de running)|\bheb ik .{0,30}\bnodig\b"
        + @"|\b(kan|mag) ik .{0,60}\bworden\b|\bik .{0,60}\b(kan|mag) worden\b|\bis .{0,30}\brequired\b"
        + @"|\bquel(le)? (diplome|formation|experience|niveau)\b.{0,20}\b(faut|requis|necessaire|demande)"
        + @"|\bpuis je .{0,40}\b(devenir|postuler)\b"
        + @"|\b(volstaat|volstaan|is .{0,30}\b(voldoende|genoeg))\b.{0,40}\b(diploma|bachelor|master|graduaat|ervaring|opleiding)"
        + @"|\b(diploma|bachelor|master|graduaat|ervaring|degree|experience|diplome|bachelier|opleiding)\w*\b.{0,40}\b(volstaat|voldoende|genoeg|sufficient|enough|suffit|suffisant)\b"
        + @"|\b(welke|hoeveel|wat voor) (ervaring|werkervaring|diploma|opleiding|profiel)\b.{0,30}\b(gevraagd|nodig|vereist|verwacht|verplicht)",
        RegexOptions.CultureInvariant)]
    public static partial Regex StrongNear();

    /// <summary>
    /// Someone of a trade or with a qualification asking whether that is enough: "Can a teacher do this job?", "Could a
    /// social worker apply?", "Un enseignant peut-il faire ce travail ?", "Kan een verpleegkundige deze job doen?", and a
    /// stated limitation ("I only have a B licence", "je n'ai qu'un bachelier", "ik heb enkel een graduaat"): whether
    /// one qualifies, even when the question also says "still" (not the deadline).
    /// </summary>
    [GeneratedRegex(
        @"\b(can|could|may) (a|an|someone|somebody|a person) .{0,40}\b(do|take|get|fill|have|hold) (this|the|that|such a) (job|position|role|post|vacancy|function)\b"
        + @"|\b(can|could|may) (a|an) \w+( \w+)? (apply|qualify|be hired|be recruited|work here)\b"
        + @"|\b(un|une|quelqu' un) .{0,40}\b(peut il|peut elle|pourrait il|pourrait elle|peut) (faire|postuler|occuper|exercer|prendre) (ce|cet|cette|le|la)\b"
        + @"|\b(kan|mag|kunnen) (een|iemand) .{0,40}\b(deze|die|de|dit|dat) (job|functie|betrekking|baan|werk) (doen|uitoefenen|opnemen|krijgen)\b"
        + @"|\b(kan|mag) (een|iemand met een?) \w+( \w+)? (solliciteren|meedoen|deelnemen|postuleren|kandideren)\b"
        + @"|\b(i|ik|je) (only|just|alleen|enkel|slechts|maar|seulement|uniquement|juste) (have|hold|got|heb|bezit|ai)\b.{0,30}\b(licen|permis|rijbewijs|diplom|degree|bachelor|master|bachelier|graduaat|certific|attest|getuigschrift|brevet|experience|ervaring|secondary|secundair)"
        + @"|\bje n' ai (qu' un|qu' une|que)\b.{0,30}\b(permis|diplome|bachelier|master|certificat|brevet|experience)"
        // "Can I be a playground monitor in X?", "Puis-je être moniteur à X ?": being the job named, at a place or employer.
        + @"|\b(can|could|may) i (still |also |then )?be (a|an) (\w+ ){0,2}\w*(student|monitor|animator|worker|assistant|helper|lifeguard|guide|instructor|attendant|carer|caretaker|_)s?( \w+){0,2} (in|at|for|with)\b"
        + @"|\b(puis je|est ce que je peux|je peux) (quand meme |aussi |encore )?etre (un |une )?\w+( \w+){0,2} (a|au|chez|pour|dans) "
        + @"|\b(am i|ben ik|suis je) (still |nog |toujours |dan |wel )?(eligible|qualified|admissible|toelaatbaar|in aanmerking)\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Trade();

    [GeneratedRegex(
        @"\bsolliciteren\b.{0,40}\b(met|zonder)\b|\bmaak ik (een |nog )?kans\b|\bheb ik (een |nog )?kans\b"
        + @"|\bcan i\b.{0,30}\bapply\b|\bpuis je\b.{0,30}\bpostuler\b|\bkan ik\b.{0,40}\bsolliciteren\b"
        + @"|\bmag ik\b.{0,40}\bsolliciteren\b|\bchance\b|\bkans maken\b|\bgeschikt voor\b"
        + @"|\b(sollicit\w*|meedoen|deelnemen|kandideren|postuleren)\b.{0,60}\b(kan|mag) (dat|da|het) ([?.!,]|$)"
        + @"|\b(is dat|is het|vormt dat) (mogelijk|toegelaten|toegestaan|een probleem|erg)\b"
        + @"|\bis that (a problem|possible|ok)\b|\best ce (un probleme|possible)\b"
        + @"|\b(verplicht|vereist|gevraagd|verwacht|required|mandatory|compulsory|obligatoire|exige|requis)\b"
        + @"|\bmoet (ik|je|men) (\w+ ){0,3}(zijn|hebben|spreken|kennen|beschikken)\b|\bmust i (be|have|speak)\b"
        + @"|\bdo i have to (be|have|speak)\b|\bfaut il (etre|parler)\b"
        + @"|\b(can|could|may) i (still |also |then )?(work|start|be hired|get hired) (as|for|at|in|with) (a|an|the)\b|\b(can|could|may) i (still |also |then )?become\b"
            + @"|\b(can|could|may) i (still |also |then )?start (working|work|as|at|in|with)\b|\b(kan|mag) ik (\w+ ){1,4}(beginnen|starten|aan de slag) ?[?.!]"
            + @"|\b(puis je|est ce que je peux|je peux) (\w+ ){0,2}commencer (a travailler|comme|chez|a la|au)\b"
        + @"|\b(puis je|est ce que je peux|je peux) (quand meme |aussi |encore )?(travailler|commencer|etre engage|etre engagee) (comme|chez|pour|a la|au)\b|\b(puis je|est ce que je peux|je peux) (quand meme |aussi |encore )?devenir\b"
        + @"|\b(kan|mag) ik (dan |ook |toch |nog |wel )?(werken|starten|beginnen|aan de slag) (als|bij|in|voor)\b"
        // A student job or a job the vacancy matcher hid ("_"): "Mag ik deze zomer jobstudent zijn?", "Kan ik als jobstudent in X werken?", "Can I do the summer student job?".
        + @"|\b(kan|mag) ik (\w+ ){0,4}\w*(student|studente|monitor|monitrice|animator|jobber|_) (zijn|worden|werken)\b"
        + @"|\b(kan|mag) ik (dan |ook |toch |nog |wel )?als \w+ (\w+ ){0,4}(werken|beginnen|starten|aan de slag)\b"
        + @"|\b(can|could|may) i (still |also |then )?(do|take|get) (the|this|that) (\w+ ){0,3}(job|position|role|post)\b"
        + @"|\b(est ce que )?(ca|cela|c' est) (suffit|suffisant|assez)\b|\b(is that|is it|would that be) enough\b|\bis (dat|het) genoeg\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();

}
