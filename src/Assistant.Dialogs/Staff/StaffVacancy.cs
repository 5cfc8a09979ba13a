namespace Assistant.Dialogs.Staff;

/// <summary>A vacancy in the result list: who, what, and whether applications are open ("open", "closed", "not-stated").</summary>
public sealed record StaffVacancy(string Id, string? Title, string? Employer, string? Scale, string? Location, string Status, DateOnly? LastDay);
