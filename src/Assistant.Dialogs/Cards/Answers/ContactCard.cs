using System.Text;
using Assistant.Core.Facts;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Cards.Elements;

namespace Assistant.Dialogs.Cards.Answers;

/// <summary>The contact card: per person their name, role, topics, phone and e-mail, with buttons that call (tel:) or write (mailto:).</summary>
public static class ContactCard
{
    /// <summary>The card, or null when no contact has a name, phone or e-mail.</summary>
    public static AdaptiveCard? Build(string lang, IReadOnlyList<Contact> contacts, VacancyFacts? vacancy = null)
    {
        var shown = contacts.Where(c => c.Name is not null || c.Phone is not null || c.Email is not null).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var body = new List<CardElement> { CardKit.Title(Texts.Get(lang, "card.contact.title")) };
        body.AddRange(CardKit.VacancyLine(lang, vacancy));
        body.AddRange(shown.Select((c, i) => Person(lang, c, separator: i > 0)));
        return new AdaptiveCard(body) { Lang = lang };
    }

    /// <summary>"tel:+3232405453" for "03 240 54 53": digits only, a Belgian trunk 0 replaced by +32, 00 by +.</summary>
    public static string TelUrl(string phone)
    {
        var digits = new StringBuilder();
        foreach (var c in phone.Trim())
        {
            if (char.IsAsciiDigit(c) || (c == '+' && digits.Length == 0))
            {
                digits.Append(c);
            }
        }

        var number = digits.ToString();
        number = number.StartsWith("00", StringComparison.Ordinal) ? "+" + number[2..]
            : number.StartsWith('0') ? "+32" + number[1..]
            : number;
        return "tel:" + number;
    }

    private static Container Person(string lang, Contact contact, bool separator)
    {
        var items = new List<CardElement> { new TextBlock(contact.Name ?? contact.Email ?? contact.Phone!) { Wrap = true, Weight = TextWeight.Bolder } };
        if (contact.Role is { } role)
        {
            items.Add(CardKit.Subtle(role));
        }

        var topics = contact.Topics.Where(t => Texts.Has(lang, "topic." + t)).Select(t => Texts.Get(lang, "topic." + t)).ToList();
        if (topics.Count > 0)
        {
            items.Add(CardKit.Subtle(Texts.Get(lang, "card.contact.topics", ("topics", Format.List(lang, topics)))));
        }

        var facts = new List<Fact>();
        var actions = new List<CardAction>();
        if (contact.Phone is { } phone)
        {
            facts.Add(new Fact(Texts.Get(lang, "card.contact.phone"), phone));
            actions.Add(new OpenUrlAction(Texts.Get(lang, "card.contact.call"), TelUrl(phone)));
        }

        if (contact.Email is { } email)
        {
            facts.Add(new Fact(Texts.Get(lang, "card.contact.email"), email));
            actions.Add(new OpenUrlAction(Texts.Get(lang, "card.contact.mail"), "mailto:" + email.Trim()));
        }

        if (facts.Count > 0)
        {
            items.Add(new FactSet(facts) { Spacing = CardSpacing.Small });
            items.Add(new ActionSet(actions) { Spacing = CardSpacing.Small });
        }

        return new Container(items) { Separator = separator, Spacing = CardSpacing.Medium };
    }
}
