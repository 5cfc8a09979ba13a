using Assistant.Core.Facts;

namespace Assistant.Tools.Lookups;

/// <summary>Benefits, documents to send, contacts and the reserve of one vacancy.</summary>
public static class LookupTool
{
    /// <summary>The benefits of a kind ("meal-vouchers", "leave-days", …), or all when <paramref name="kind"/> is null.</summary>
    public static IReadOnlyList<Benefit> Benefits(VacancyFacts facts, string? kind) =>
        kind is null ? facts.Benefits : facts.Benefits.Where(b => b.Kind == kind || b.OtherKinds.Contains(kind)).ToList();

    /// <summary>The best contact for a topic ("salary", "procedure", "content", "application"): one whose sentence names the topic, else the procedure/general contact, else the first.</summary>
    public static Contact? ContactFor(VacancyFacts facts, string? topic)
    {
        var contacts = facts.Contacts;
        if (contacts.Count == 0)
        {
            return null;
        }

        return (topic is null ? null : contacts.FirstOrDefault(c => c.Topics.Contains(topic)))
            // Pay is calculated by the personnel service: its contact before one for the job's content.
            ?? (topic == "salary" ? contacts.FirstOrDefault(c => c.Role is { } role && IsPersonnelService(role)) : null)
            // A question (not about sending the application): a person named for questions in general ("Vragen? Bel Jan Peeters,
            // …") before the mailbox applications go to.
            ?? (topic != "application" ? contacts.FirstOrDefault(c => c.Name is not null && c.Topics.SequenceEqual(["general"])) : null)
            ?? contacts.FirstOrDefault(c => c.Topics.Contains("procedure") && c.Name is not null)
            ?? contacts.FirstOrDefault(c => c.Topics.Contains("general") || c.Topics.Contains("application"))
            ?? contacts.FirstOrDefault(c => c.Topics.Contains("salary"))
            ?? contacts[0];
    }

    /// <summary>A role in the personnel service: "personeelsdienst", "dienst HR", "P&amp;O", "human resources", "selectieverantwoordelijke".</summary>
    private static bool IsPersonnelService(string role) =>
        System.Text.RegularExpressions.Regex.IsMatch(role, @"personeel|\bHR\b|\bHRM\b|human resources|\bP&O\b|\bP\s?&\s?O\b|rekrutering|selectie", System.Text.RegularExpressions.RegexOptions.IgnoreCase);

    /// <summary>The contacts that answer a topic, falling back to all contacts.</summary>
    public static IReadOnlyList<Contact> ContactsFor(VacancyFacts facts, string? topic)
    {
        var matching = topic is null ? [] : facts.Contacts.Where(c => c.Topics.Contains(topic)).ToList();
        return matching.Count > 0 ? matching : facts.Contacts;
    }
}
