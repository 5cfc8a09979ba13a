using System.Globalization;
using System.Text;
using static Assistant.Knowledge.Synthetic.SyntheticPhrases;
using static Assistant.Knowledge.Synthetic.SyntheticSentences;

namespace Assistant.Knowledge.Synthetic;

/// <summary>Writes one fictional vacancy from a seeded random source: layout, headings, facts and length all vary.</summary>
internal sealed class VacancyComposer
{
    private static readonly DateOnly FirstPublication = new(2025, 9, 1);
    private readonly Random _r;
    private readonly List<(string? Heading, List<string> Blocks)> _sections = [];
    private readonly List<int> _padded = [0];
    private readonly Dictionary<string, string> _fill = new(StringComparer.Ordinal);
    private readonly int _headingStyle;
    private readonly string _bullet;

    public VacancyComposer(int seed, int number)
    {
        _r = new Random(unchecked((seed * 1_000_003) + number));
        _headingStyle = _r.Next(4);
        _bullet = Pick(["• ", "- ", "▪ ", "* "]);
    }

    public SyntheticVacancy Compose(int number)
    {
        var level = PickLevel();
        var job = Pick(Jobs[level]);
        var place = Pick(PlacePrefixes) + Pick(PlaceSuffixes);
        var org = $"{Pick(EmployerKinds)} {place}";
        var id = $"synth-{number:00000}-{DutchFormat.Slug(place)}-{DutchFormat.Slug(job.Title)}";
        var scale = Pick(Scales[level]);
        _fill["{org}"] = org;
        _fill["{place}"] = place;
        _fill["{service}"] = job.Service;
        _fill["{title}"] = job.Title;
        _fill["{n}"] = _r.Next(3, 25).ToString(CultureInfo.InvariantCulture);
        _fill["{years}"] = _r.Next(1, 6).ToString(CultureInfo.InvariantCulture);
        _fill["{meal}"] = Pick(["7", "8", "6,50", "7,50"]);
        _fill["{leave}"] = _r.Next(30, 37).ToString(CultureInfo.InvariantCulture);
        _fill["{people}"] = _r.Next(80, 900).ToString(CultureInfo.InvariantCulture);

        var published = FirstPublication.AddDays(_r.Next(0, 210));
        var deadline = published.AddDays(_r.Next(21, 46));
        Add(null, $"{org} zoekt een {job.Title} ({scale}) voor {job.Service}, {Pick(["voltijds (38 uur per week)", "deeltijds (19 uur per week)", "voltijds of 4/5", "met een prestatie van 38u per week"])}, met een contract van {Pick(["onbepaalde duur", "bepaalde duur van 1 jaar", "onbepaalde duur (statutair)"])}.",
            $"Gepubliceerd op {DutchFormat.Date(published, _r)}.");
        if (_r.Next(3) == 0)
        {
            Add(Heading(8), Paragraph(About, 2, 4));
            _padded.Add(_sections.Count - 1);
        }

        _padded.Add(_sections.Count);
        Add(Heading(0), Fill($"Als {job.Title} werk je binnen {job.Service} van {org}."), List(Tasks[job.Domain], 2, Tasks[job.Domain].Length));
        var diploma = Pick(Diplomas[level]);
        var requirements = new List<string> { diploma.StartsWith("geen", StringComparison.Ordinal) ? $"Er is {diploma} vereist." : $"Je beschikt over {diploma}." };
        if (level is 'A' or 'B' or 'C' && _r.Next(2) == 0)
        {
            requirements.Add(Fill($"Heb je dit diploma niet? Dan kan je deelnemen als je minstens {{years}} jaar relevante ervaring hebt en slaagt voor een {Pick(["capaciteitstest", "niveau- en capaciteitstest", "redeneertest"])}."));
        }

        requirements.AddRange(General.Where(_ => _r.Next(3) > 0));
        requirements.Add("Aan deze vereisten moet je voldoen op de uiterste inschrijvingsdatum.");
        var conditions = (Heading(2), List(requirements, requirements.Count, requirements.Count));
        var profile = (Heading(1), List(Profile, 3, 7));
        Add(_r.Next(2) == 0 ? [conditions, profile] : [profile, conditions]);
        Add(Heading(3), Salary(level, scale), "Daarnaast krijg je:", List(Benefits, 3, 8));
        Add(Heading(4), Selection(deadline));
        Add(Heading(6), Pick([
            $"Geslaagde kandidaten worden opgenomen in een wervingsreserve die {_r.Next(1, 4)} jaar geldig is.",
            $"We leggen een wervingsreserve aan van {_r.Next(2, 4)} jaar, eventueel verlengbaar met 1 jaar.",
            "De wervingsreserve blijft twee jaar geldig vanaf de datum van het eindrapport.",
        ]));
        Add(Heading(5), Deadline(deadline), Pick([
            "Solliciteer online via het sollicitatieformulier op onze website en voeg je cv, motivatiebrief en een kopie van je diploma toe.",
            "Bezorg je kandidatuur met cv en motivatiebrief per e-mail.",
            "Stuur je cv, motivatiebrief en diploma naar de dienst Personeel.",
        ]));
        var first = Pick(FirstNames);
        var last = Pick(LastNames);
        Add(Heading(7), $"Voor meer informatie over de functie kan je terecht bij {first} {last}, {Pick(["HR-medewerker", "diensthoofd", "selectieverantwoordelijke"])}, via {DutchFormat.Slug(first)}.{DutchFormat.Slug(last)}@{DutchFormat.Slug(place)}.be of 0{_r.Next(2, 9)} {_r.Next(200, 999)} {_r.Next(10, 99)} {_r.Next(10, 99)}.");
        Pad(2_000 + _r.Next(12_500));
        return new SyntheticVacancy(id, Render(), level);
    }

    private string[] Salary(char level, string scale)
    {
        var yearly = YearlyStart[level] + (_r.Next(0, 8) * 100);
        var start = Math.Round(yearly * 2.1223m / 12, 2);
        var top = Math.Round(yearly * 1.55m * 2.1223m / 12, 2);
        var cap = Pick(["tot maximaal 10 jaar", "tot maximaal 18 jaar", "onbeperkt"]);
        return _r.Next(3) switch
        {
            0 => [$"Je wordt verloond volgens salarisschaal {scale}: bruto maandloon tussen {DutchFormat.Euro(start, _r)} en {DutchFormat.Euro(top, _r)} (geïndexeerd).", $"Relevante ervaring in de privésector telt {cap} mee."],
            1 => [$"Aanvangsbrutowedde: {DutchFormat.Euro(start, _r)} per maand (schaal {scale}, 0 jaar anciënniteit).", $"Met 12 jaar anciënniteit: {DutchFormat.Euro(Math.Round(start * 1.2m, 2), _r)} per maand."],
            _ => [$"Een competitief loon in schaal {scale} (minimum {DutchFormat.Euro(start, _r)} bruto per maand), privé-ervaring telt {cap} mee."],
        };
    }

    private string[] Selection(DateOnly deadline)
    {
        var steps = Enumerable.Range(0, _r.Next(1, 4)).Select(_ => Pick(Steps)).Distinct().ToList();
        var lines = new List<string>();
        var date = deadline.AddDays(_r.Next(7, 20));
        foreach (var step in steps)
        {
            var points = Pick([20, 40, 50, 60, 100]);
            lines.Add($"{char.ToUpperInvariant(step[0])}{step[1..]} op {points} punten op {DutchFormat.Date(date, _r)}{Pick(["", " (onder voorbehoud)", ", in de voormiddag"])}.");
            date = date.AddDays(_r.Next(3, 15));
        }

        var pass = Pick(["50", "60"]);
        return [.. List(lines, lines.Count, lines.Count), $"Om te slagen moet je minstens {pass}% behalen op elk onderdeel{Pick(["", $" en {pass}% op het geheel"])}."];
    }

    private string Deadline(DateOnly deadline)
    {
        var date = DutchFormat.Date(deadline, _r);
        return _r.Next(5) switch
        {
            0 => $"Solliciteren kan tot en met {date}.",
            1 => $"Stel je kandidaat uiterlijk op {date} om {DutchFormat.Time(12, 0, _r)}.",
            2 => $"Je kandidatuur moet ons bereiken vóór {date}.",
            3 => $"De uiterste inschrijvingsdatum is {date}.",
            _ => $"Solliciteer ten laatste op {date} om {DutchFormat.Time(23, 59, _r)}.",
        };
    }

    private void Pad(int target)
    {
        var themes = new[] { "klimaat", "digitalisering", "dorpskernvernieuwing", "jeugdbeleid", "armoedebestrijding", "verkeersveiligheid", "erfgoed", "sport" };
        while (_sections.Sum(s => s.Blocks.Sum(b => b.Length + 2)) < target)
        {
            var section = _sections[Pick(_padded)];
            section.Blocks.Add(_r.Next(2) == 0
                ? Fill($"In {_r.Next(2025, 2028)} loopt het project '{Pick(PlacePrefixes)}{Pick(["plan", "net", "punt", "lab"])}' rond {Pick(themes)}. {Pick(About)} Je werkt hierbij samen met {_r.Next(2, 12)} collega's van {{service}}.")
                : string.Join(' ', Paragraph(About, 2, 4)));
        }
    }

    private string Render() => SyntheticLayout.Render(_sections, _headingStyle, _r.Next(5) == 0, _r);

    private void Add(params (string? Heading, IEnumerable<string> Blocks)[] sections)
    {
        foreach (var (heading, blocks) in sections)
        {
            _sections.Add((heading, [.. blocks]));
        }
    }

    private void Add(string? heading, params object[] parts) =>
        _sections.Add((heading, [.. parts.SelectMany(p => p is string s ? [s] : (IEnumerable<string>)p).Select(Fill)]));

    private string[] List(IReadOnlyList<string> items, int min, int max) =>
        [.. items.OrderBy(_ => _r.Next()).Take(_r.Next(min, max + 1)).Select(i => _bullet + Fill(i))];

    private string[] Paragraph(string[] sentences, int min, int max) =>
        [string.Join(' ', sentences.OrderBy(_ => _r.Next()).Take(_r.Next(min, max + 1)).Select(Fill))];

    private string Heading(int kind) => Pick(Headings[kind]);

    private string Fill(string text)
    {
        foreach (var (key, value) in _fill)
        {
            text = text.Replace(key, value, StringComparison.Ordinal);
        }

        return text;
    }

    private char PickLevel() => _r.Next(100) switch { < 15 => 'A', < 45 => 'B', < 75 => 'C', < 90 => 'D', _ => 'E' };

    private T Pick<T>(IReadOnlyList<T> items) => items[_r.Next(items.Count)];
}
