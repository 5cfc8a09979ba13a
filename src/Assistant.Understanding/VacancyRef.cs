namespace Assistant.Understanding;

/// <summary>
/// What the understanding layer knows about a vacancy to recognise it in a question: its id and the words of its
/// organisation, title and location. Built from the knowledge base's facts by the caller.
/// </summary>
/// <param name="Id">The vacancy id (the folder name, e.g. "stad-x-communicatiemedewerker"); its words count too.</param>
/// <param name="Organisation">The employer as written ("Stad Zonnebeek", "Provincie Westland"), or null.</param>
/// <param name="Title">The job title as written, or null.</param>
/// <param name="Location">The place of work, or null.</param>
/// <param name="Heading">The whole line the title was read from ("Podiumtechnicus – Cultuurcentrum X"), when it says more than
/// the title: the words it adds (a place of work, a team) name the vacancy too.</param>
/// <param name="Scale">The salary scale ("B1-B3"), or null: a search box finds a vacancy by it, a message does not name one by it.</param>
/// <param name="Names">Names of places the documents mention (the municipality after a postcode, a named building such as
/// "De Vlinderhof"), space-separated: a question naming one of them names the vacancy.</param>
/// <param name="Text">The text of the vacancy's public documents, or null: a question that names no vacancy otherwise but uses
/// a word only this vacancy's documents use (a site, a project, a test, an acronym) refers to it.</param>
public sealed record VacancyRef(string Id, string? Organisation, string? Title, string? Location, string? Heading = null, string? Scale = null, string? Names = null, string? Text = null);
