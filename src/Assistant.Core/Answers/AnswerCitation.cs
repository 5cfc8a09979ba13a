namespace Assistant.Core.Answers;

/// <summary>A source shown with an answer: the vacancy, document, section and the quoted (Dutch) sentence.</summary>
public sealed record AnswerCitation(string VacancyId, string Document, string Section, string Quote);
