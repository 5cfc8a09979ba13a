namespace Assistant.Core.Conversations;

/// <summary>
/// A vote on one answer, as stored: no text of the user, only the turn it is about, the vote, when it was given and what
/// the answer was (its intent, source and vacancy, copied from the stored answer).
/// </summary>
/// <param name="TurnId">The turn whose answer was voted on.</param>
/// <param name="Vote">One of <see cref="FeedbackVotes"/>.</param>
/// <param name="At">When the vote was stored (the store's clock).</param>
/// <param name="Intent">The answer's intent.</param>
/// <param name="Source">The answer's source (<c>AnswerSources</c>).</param>
/// <param name="VacancyId">The vacancy the answer was about, if any.</param>
public sealed record TurnFeedback(string TurnId, string Vote, DateTimeOffset At, string? Intent, string? Source, string? VacancyId);
