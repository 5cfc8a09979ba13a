
namespace Assistant.Dialogs.Answering.Payloads;

/// <summary>One vacancy of <see cref="SalaryRankingPayload"/>: its monthly starting salary, when it could be computed.</summary>
public sealed record RankedSalary(string Id, decimal? Monthly);
