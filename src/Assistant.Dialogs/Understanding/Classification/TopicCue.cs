using System.Text.RegularExpressions;

namespace Assistant.Dialogs.Understanding.Classification;

/// <summary>One topic of <see cref="TopicCues"/>.</summary>
/// <param name="Name">"telework", "childcare", …</param>
/// <param name="BenefitKind">The extracted benefit kind that answers it, when there is one.</param>
/// <param name="Weight">Evidence for the benefits intent (0: an open question about the job, answered from the documents).</param>
/// <param name="Question">The question's words (folded nl/en/fr text).</param>
/// <param name="Document">The documents' words (folded Dutch text).</param>
/// <param name="Offer">Whether only lines about what the employer offers count (not requirements, selection or contacts).</param>
internal sealed record TopicCue(string Name, string? BenefitKind, double Weight, Regex Question, Regex Document, bool Offer);
