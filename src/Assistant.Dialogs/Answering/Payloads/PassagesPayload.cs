using Assistant.Core.Answers;
using Assistant.Knowledge.Index;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The best search hits behind a quoted passage.</summary>
public sealed record PassagesPayload(IReadOnlyList<SearchHit> Hits) : AnswerPayload;
