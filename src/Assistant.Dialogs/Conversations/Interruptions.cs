using System.Text.RegularExpressions;

namespace Assistant.Dialogs.Conversations;

/// <summary>Messages that interrupt whatever dialog is running: help, start over, forget me, a human, in nl/en/fr.</summary>
public static partial class Interruptions
{
    public const string Help = "help";
    public const string Reset = "reset";
    public const string Forget = "forget";
    public const string Human = "human";

    /// <summary><see cref="Help"/>, <see cref="Reset"/>, <see cref="Forget"/>, <see cref="Human"/>, or null.</summary>
    public static string? Detect(string text)
    {
        var t = text.Trim();
        if (ForgetPattern().IsMatch(t)) return Forget;
        if (ResetPattern().IsMatch(t)) return Reset;
        if (HumanPattern().IsMatch(t)) return Human;
        if (HelpPattern().IsMatch(t)) return Help;
        return null;
    }

    [GeneratedRegex(@"^\s*(help|hulp|helpen|aide|\?|wat kan je( allemaal)?( doen)?\??|what can you do\??|que (peux|sais)-tu faire\s*\??|menu)\s*[!?.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HelpPattern();

    [GeneratedRegex(@"^\s*(opnieuw( beginnen)?|herbegin(nen)?|reset|restart|start over|begin opnieuw|recommencer|on recommence|nouveau départ)\s*[!?.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ResetPattern();

    [GeneratedRegex(@"\b(vergeet (mij|me|mijn gegevens)|verwijder (mijn|al mijn) (gegevens|data)|wis mijn gegevens|forget me|delete my (data|details)|oublie[- ]moi|oubliez[- ]moi|supprime[rz]? mes données)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ForgetPattern();

    /// <summary>
    /// A request for a person. "agent" and "human" count only as the request itself ("talk to an agent", "agent?"), not as a
    /// job title or a department ("agent d'accueil", "human resources").
    /// </summary>
    [GeneratedRegex(@"\b(een (echte )?mens|met (een|iemand) (van hr|medewerker)|iemand spreken|medewerker spreken|persoon spreken|(a|an|to a|with a) human(?! resources?\b)|real person|talk to (someone|a person|an agent|a human)|parler à (quelqu'un|une personne|un conseiller|un agent)|une vraie personne)\b|^\s*(een |an? |un )?(agent|human|mens|humain)\s*[!?.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex HumanPattern();
}
