using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Tools.Eligibility;

/// <summary>
/// The one recogniser of a requirement that may still be met after applying: a licence, certificate or proof "to obtain"
/// ("of je behaalt het binnen het jaar na je indiensttreding", "heb je het nog niet, dan haal je het binnen zes maanden",
/// "bereid zijn het attest te behalen", "to be obtained within 12 months of starting", "à obtenir dans les six mois").
/// The verdict guard, the route checks and the route reading all ask this one question the same way. A past participle
/// ("behaald in het Nederlands") says the candidate already holds something, so it is no obtaining later.
/// </summary>
public static partial class ObtainLater
{
    /// <summary>Whether <paramref name="text"/> lets the requirement it states be met after applying or starting.</summary>
    public static bool In(string text) => !string.IsNullOrWhiteSpace(text) && Pattern().IsMatch(TextFold.Fold(text));

    private const string Count = @"(\d+|een|twee|drie|vier|zes|negen|twaalf|achttien|vierentwintig|one|two|three|four|six|nine|twelve|eighteen|a|un|une|deux|trois|quatre|neuf|douze|dix-huit)";

    [GeneratedRegex(@"\bof\s+(je|u)\s+(behaalt|haalt|verwerft|behaalde)\b"
        + @"|\bbehaal(t|en)?\b|\bhaal\w*\s+(je|u)\b|\bte\s+(behalen|halen|verwerven)\b|\bbereid\w*\s+(\w+\s+){0,6}?te\s+(behalen|halen|volgen|verwerven)\b"
        + @"|\bna\s+(je|uw|de|zijn|haar)\s+(indiensttreding|aanwerving|stage|start|aanstelling)\b|\bvo{1,2}r\s+(je|u)\s+in\s+dienst\s+(treedt|komt)|\bvo{1,2}r\s+(je|uw|de)\s+(indiensttreding|aanwerving|start)\b"
        + @"|\btijdens\s+de\s+(opleiding|proeftijd|inloopperiode)\b"
        + @"|\bbinnen\s+(de\s+|het\s+|een\s+)?(" + Count + @"\s+)?(maand|maanden|jaar|weken|week)\b"
        + @"|\b(obtain|obtaining|obtenir)\b|\bto\s+be\s+obtained\b|\bwilling\s+to\s+(get|take|follow|earn|obtain)\b|\bbefore\s+(you\s+)?start|\bafter\s+(you\s+)?(start|join|being\s+hired|recruitment)"
        + @"|\bwithin\s+(the\s+first\s+|the\s+)?(" + Count + @"\s+)?(months?|years?|weeks?)\b"
        + @"|\bprete?s?\s+a\s+(suivre|passer|obtenir)\b|\bdans\s+les\s+(" + Count + @"\s+)?(premiers\s+)?(mois|ans|annees|semaines)\b|\bapres\s+(votre|l'|l’)\s*(entree|engagement|recrutement)")]
    private static partial Regex Pattern();
}
