namespace Assistant.Dialogs.Staff;

/// <summary>A matching passage: a snippet of it, where it stands, and its search score.</summary>
public sealed record StaffPassage(string VacancyId, string Document, string Section, string Snippet, float Score);
