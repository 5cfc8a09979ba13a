namespace Assistant.Dialogs.Staff;

/// <summary>The admission routes (external first), each with its diploma level and its quote.</summary>
public sealed record StaffDiplomaCard(IReadOnlyList<StaffRoute> Routes);
