using Assistant.Core.Answers;
using Assistant.Core.Facts;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>The contact person(s) answering (card: name, role, call and mail buttons).</summary>
public sealed record ContactsPayload(IReadOnlyList<Contact> Contacts) : AnswerPayload;
