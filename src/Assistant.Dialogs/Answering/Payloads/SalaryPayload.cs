using Assistant.Core.Answers;
using Assistant.Tools.Salary;

namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>A salary computed or quoted from the published amounts (card: the salary table).</summary>
public sealed record SalaryPayload(SalaryAnswer Result) : AnswerPayload;
