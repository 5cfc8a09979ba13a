using System.Text.RegularExpressions;

namespace Assistant.Understanding.Classification;

/// <summary>One topic of <see cref="TopicCues"/>.</summary>
/// <param name="Name">"telework", "childcare", …</param>
/// <param name="BenefitKind">The extracted benefit kind that answers it, when there is one.</param>
/// <param name="Intent">The intent the topic is evidence for: benefits, or general for questions about the job itself.</param>
/// <param name="Weight">How much evidence (0: none; a named vacancy makes an open question general anyway).</param>
/// <param name="Question">The question's words (folded nl/en/fr text).</param>
/// <param name="Document">The documents' words (folded Dutch text).</param>
/// <param name="Offer">Whether only lines about what the employer offers count (not requirements, selection or contacts).</param>
/// <param name="Section">When set, the topic is a whole section of that kind (the tasks): its first lines answer, whatever their words.</param>
/// <param name="AnySection">Whether a line of any section answers (who sits on the jury is told in the selection section).</param>
internal sealed record TopicCue(string Name, string? BenefitKind, string Intent, double Weight, Regex Question, Regex Document, bool Offer, Assistant.Knowledge.Extraction.Topic? Section = null, bool AnySection = false);
