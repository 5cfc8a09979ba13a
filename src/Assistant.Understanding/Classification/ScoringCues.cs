using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>Questions whether a result passes or what is needed to pass.</summary>
internal static partial class ScoringCues
{
    [GeneratedRegex(
        @"\bgeslaagd|\bslaag ik\b|\bslagen\b|\bgebuisd|\bgezakt|\bbuis\b|(?<!\b(stuur|stuurt|stuurde|zend|zendt|mail|mailt|geef|geeft|bezorg|bezorgt)\b[^.?!,;]{0,40})\bdoor naar\b|\bdoorgaan naar\b"
        + @"|\bga ik door\b|\bmag ik door\b|\bben ik door\b|\b(lig|ben) ik (eruit|er uit|buiten|gebuisd)\b"
        + @"|\bam i out\b|\bsuis je elimine|\belimine\b|\bgenoeg punten|\bpunten (heb ik |moet ik |zijn )?nodig"
        + @"|\bhoeveel punten (moet|heb|zou|moeten) (ik|je)\b|\bminimum ?(score|punten)|\bminimumscore"
        + @"|\bslaagcijfer|\bslaagdrempel|\bslaagnorm|\bhaal ik\b|\bdid i pass|\bhave i passed|\bam i through"
        + @"|\bdo i pass\b|\benough points|\bhow many points do i need|\bpass mark|\bpassing (score|mark|grade)"
        + @"|\breussi|\bnote (minimale|suffisante)|\bpoints (necessaires|suffisants)"
        + @"|\bsuis je (admis|qualifie pour|passe)|\bminimum (to pass|required|score)|\bslaagt?\b"
        + @"|\bvoldoende (punten|score|behaald)|\bpassed\b|\bfailed\b|\bzakken\b|\bla suite\b|\betape suivante"
        // A place in a ranking ("ik was 11de", "I ranked 12th", "je suis classée 7e", "op plaats 9"), not a school year or an attempt.
        + @"|\b(ik (was|ben|werd|eindigde|stond|sta|kwam)|i (was|came|finished|ranked|placed)|je suis( arrivee?| classee?)?|classee?|gerangschikt( als)?|ranked)( als| as| de| the)? \d{1,3}(ste|de|e|th|st|nd|rd|eme|ieme)\b(?! (jaar|jaars|leerjaar|year|annee|keer|time|fois|poging|kind))"
        + @"|\b(op|in|at) (de |the )?(plaats|place|positie) \d{1,3}\b(?! (jaar|year))",
        RegexOptions.CultureInvariant)]
    public static partial Regex Strong();

    [GeneratedRegex(
        @"\bvolgende (ronde|proef|stap|fase)\b|\bnext (round|stage|step)\b|\bgehaald\b|\bbehaald\b|\bhaalde\b"
        + @"|\bscoorde|\bscored\b|\bi got\b|\bj' ai (eu|obtenu)|\bscore\b|\bresultaat\b|\bresult\b|\bresultat\b"
        + @"|\bprocent\b|\bpercent\b"
        + @"|\bkreeg\b|\bkregen\b|\bgekregen\b|\bverkregen\b|\bi received\b|\bj' ai recu\b",
        RegexOptions.CultureInvariant)]
    public static partial Regex Medium();
}
