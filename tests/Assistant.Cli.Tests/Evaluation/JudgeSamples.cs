namespace Assistant.Cli.Tests.Evaluation;

/// <summary>Crafted mention samples (alternative, answer text, whether evalcheck.py matches) shared by the judge's unit tests and the agreement test.</summary>
internal static class JudgeSamples
{
    public static readonly (string Alternative, string Text, bool Matches)[] Mentions =
    [
        // dates: every rendering of the README, in nl/en/fr, with a weekday, without leading zeros
        ("date:2025-12-14", "De deadline is 14 december 2025.", true),
        ("date:2025-12-14", "Solliciteer tot en met zondag 14 december 2025 om 23:59.", true),
        ("date:2025-12-14", "Deadline: 14/12/2025", true),
        ("date:2025-12-14", "Deadline: 14-12-2025", true),
        ("date:2025-12-14", "Deadline: 14.12.2025", true),
        ("date:2025-12-14", "Deadline: 2025-12-14", true),
        ("date:2025-12-14", "The deadline is December 14, 2025.", true),
        ("date:2025-12-14", "The deadline is Sunday, December 14th, 2025.", true),
        ("date:2025-12-14", "The deadline is 14 December 2025.", true),
        ("date:2025-12-14", "La date limite est le 14 décembre 2025.", true),
        ("date:2025-12-14", "La date limite est le dimanche 14 décembre 2025.", true),
        ("date:2025-12-14", "La date limite est le 14 de\u0301cembre 2025.", true),
        ("date:2025-12-14", "DEADLINE 14 DECEMBER 2025", true),
        ("date:2025-12-14", "tot 14\u00a0december\u00a02025", true),
        ("date:2025-12-14", "tot 14. december 2025", true),
        ("date:2025-12-04", "op 4 december 2025", true),
        ("date:2025-12-04", "op 04/12/2025", true),
        ("date:2025-12-04", "op 4/12/2025", true),
        ("date:2026-02-01", "jusqu'au 1er février 2026", true),
        ("date:2026-08-15", "le 15 août 2026", true),
        ("date:2026-03-01", "on March 1st, 2026", true),
        ("date:2025-12-14", "tot 14 december", false),
        ("date:2025-12-14", "tot 14 december 2026", false),
        ("date:2025-12-14", "tot 14/11/2025", false),
        ("date:2025-12-04", "op 24 december 2025", false),
        ("date:2025-12-04", "op 14/12/2025", false),
        ("date:2025-12-14", "ref 114/12/2025", false),
        ("date:2025-12-14", "ref 14-12-20251", false),
        ("date:2025-12-14", "tot 14\ndecember 2025", false),
        ("date:2025-12-14", "tot 2025-12-140", false),
        // euro amounts
        ("eur:1234.56", "Het loon is € 1.234,56 bruto.", true),
        ("eur:1234.56", "Het loon is €1234,56 bruto.", true),
        ("eur:1234.56", "Het loon is 1 234,56 euro.", true),
        ("eur:1234.56", "The salary is EUR 1,234.56.", true),
        ("eur:1234.56", "Le salaire est de 1\u202f234,56 €.", true),
        ("eur:1234.56", "loon 1'234.56", true),
        ("eur:1234.56", "loon 11.234,56", false),
        ("eur:1234.56", "loon 1.234,567", false),
        ("eur:1234.56", "loon 1.234,5", false),
        ("eur:1234.56", "loon 1.234,65", false),
        ("eur:3123.31", "Je start aan € 3.123,31 per maand.", true),
        ("eur:57548.29", "Jaarlijks € 57.548,29 bruto.", true),
        ("eur:7.5", "maaltijdcheques van 7,5 euro", true),
        ("eur:7.5", "maaltijdcheques van € 7,50", true),
        ("eur:7.5", "meal vouchers of EUR 7.50", true),
        ("eur:7.5", "maaltijdcheques van 17,50", false),
        ("eur:7.5", "maaltijdcheques van 7,55", false),
        ("eur:7.5", "maaltijdcheques van 7,05", false),
        ("eur:7.5", "maaltijdcheques van 7 euro", false),
        ("eur:5354", "tot € 5.354 bruto", true),
        ("eur:5354", "tot 5354 euro", true),
        ("eur:5354", "tot € 5.354,00", true),
        ("eur:5354", "tot € 5.354,-", true),
        ("eur:5354", "tot € 5.354,50", false),
        ("eur:5354", "tot 53.540 euro", false),
        ("eur:36", "36 vakantiedagen", true),
        ("eur:36", "136 vakantiedagen", false),
        // times
        ("time:23:59", "tot 23:59", true),
        ("time:23:59", "tot 23u59", true),
        ("time:23:59", "tot 23 u 59", true),
        ("time:23:59", "tot 23.59 uur", true),
        ("time:23:59", "until 23h59", true),
        ("time:23:59", "tot 22:59", false),
        ("time:23:59", "tot 23:58", false),
        ("time:23:59", "ref 123:59", false),
        ("time:23:59", "ref 23:590", false),
        ("time:18:00", "vóór 18 uur", true),
        ("time:18:00", "vóór 18u", true),
        ("time:18:00", "avant 18h", true),
        ("time:18:00", "before 18:00", true),
        ("time:18:00", "vóór 18u00", true),
        ("time:18:00", "vóór 8 uur", false),
        ("time:18:30", "vóór 18 uur", false),
        ("time:09:00", "om 9 uur", true),
        ("time:09:00", "om 09:00", true),
        // plain mentions: case, spaces, no-break spaces, composed accents
        ("Capaciteitstest", "Je moet slagen voor een CAPACITEITSTEST.", true),
        ("2 jaar", "minstens 2  jaar ervaring", true),
        ("2 jaar", "minstens 2\tjaar ervaring", true),
        ("2 jaar", "minstens 2\u00a0jaar ervaring", true),
        ("één jaar", "minstens e\u0301e\u0301n jaar", true),
        ("twee jaar", "minstens 2 jaar", false),
        ("2 jaar", "minstens 2\njaar", false),
        ("Date:2025-12-14", "Date:2025-12-14 is plain", true),
        // where Python and .NET text handling differ: full lowercase of İ, final sigma, word characters of \b
        ("istanbul", "\u0130STANBUL", false),
        ("\u03bf\u03b4\u03bf\u03c2", "\u039f\u0394\u039f\u03a3", true),
        ("\u03bf\u03b4\u03bf\u03c3", "\u039f\u0394\u039f\u03a3", false),
        ("date:2025-12-14", "14/12/2025\u00b2", false),
        ("time:23:59", "23:59\u0301", true),
        ("time:23:59", "23:59\u203f", true),
    ];

    public static TheoryData<string, string, bool> MentionData()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var (alternative, text, matches) in Mentions)
        {
            data.Add(alternative, text, matches);
        }

        return data;
    }
}
