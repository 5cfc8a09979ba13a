using Assistant.Core.Answers;
using Assistant.Knowledge.Index;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>
/// The best search hits behind a quoted passage. <paramref name="TopicChecked"/>: the rules checked that every topic word
/// of the question occurs in the vacancy's documents (a Dutch question about one vacancy), so a language model's "the
/// passages do not answer" cannot overrule the quote; otherwise (English or French question against Dutch documents, no
/// vacancy) the rules could not check it and the model's finding is taken.
/// </summary>
public sealed record PassagesPayload(IReadOnlyList<SearchHit> Hits, bool TopicChecked = false) : AnswerPayload;
