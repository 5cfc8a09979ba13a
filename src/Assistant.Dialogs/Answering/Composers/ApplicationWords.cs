using System.Text.RegularExpressions;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>
/// The words that make a document's sentence one about sending the application ("Solliciteer …", "Kandidaturen worden
/// ingediend …", "Stuur je cv …", "je brief moet ons bereiken …"): one definition for the deadline answers (an unread deadline,
/// a step clause that is no application clause) and for the ways to apply.
/// </summary>
internal static partial class ApplicationWords
{
    /// <summary>A sentence (as written, any case) that speaks of sending or submitting the application.</summary>
    [GeneratedRegex(@"sollicit|kandida|inschrijv|aanmeld|reageer|reageren|bezorg|stuur|indienen|bereiken|dossier|motivatie|af ?geven|afgegeven|binnen ?breng|cv\b|brief\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex Sentence();
}
