namespace Assistant.Dialogs.Staff;

/// <summary>The key facts of one vacancy for the phone line; a null card means the documents do not state it.</summary>
public sealed record StaffFactCards(
    string VacancyId,
    string? Title,
    string? Employer,
    StaffDeadlineCard Deadline,
    StaffDiplomaCard? Diploma,
    StaffSalaryCard? Salary,
    StaffTestCard? NextTest,
    StaffContactCard? Contact,
    IReadOnlyList<StaffContactCard> OtherContacts,
    StaffConditionsCard? Conditions);
