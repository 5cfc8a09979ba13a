using System.Text.RegularExpressions;

namespace Assistant.Dialogs.Conversations;

/// <summary>Messages that interrupt whatever dialog is running: help, start over, forget me, a human, in nl/en/fr.</summary>
public static partial class Interruptions
{
    /// <summary>"help", "reset", "forget", "human", or null.</summary>
    public static string? Detect(string text)
    {
        var t = text.Trim();
        if (Forget().IsMatch(t)) return "forget";
        if (Reset().IsMatch(t)) return "reset";
        if (Human().IsMatch(t)) return "human";
        if (Help().IsMatch(t)) return "help";
        return null;
    }

    [GeneratedRegex(@"^\s*(help|hulp|helpen|aide|\?|wat kan je( allemaal)?( doen)?\??|what can you do\??|que (peux|sais)-tu faire\s*\??|menu)\s*[!?.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Help();

    [GeneratedRegex(@"^\s*(opnieuw( beginnen)?|herbegin(nen)?|reset|restart|start over|begin opnieuw|recommencer|on recommence|nouveau départ)\s*[!?.]*\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex Reset();

    [GeneratedRegex(@"\b(vergeet (mij|me|mijn gegevens)|verwijder (mijn|al mijn) (gegevens|data)|wis mijn gegevens|forget me|delete my (data|details)|oublie[- ]moi|oubliez[- ]moi|supprime[rz]? mes données)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Forget();

    [GeneratedRegex(@"\b(een (echte )?mens|met (een|iemand) (van hr|medewerker)|iemand spreken|medewerker spreken|persoon spreken|human|real person|talk to (someone|a person|an agent)|agent|parler à (quelqu'un|une personne|un conseiller)|une vraie personne)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Human();
}
