namespace Assistant.Core.Answers;

/// <summary>
/// One user message with its clock and channel; <see cref="PageVacancyId"/> is the vacancy of the page the chat sits on,
/// if any; <see cref="Role"/> is who asks for general documents ("public", "staff", "hr"), set by the channel adapter
/// (null: the channel's default, see <c>ProcedureRoles.Of</c>).
/// </summary>
public sealed record TurnInput(string Text, DateTimeOffset Now, string Channel = Channels.Cli, string? PageVacancyId = null, string? Locale = null, string? Role = null);
