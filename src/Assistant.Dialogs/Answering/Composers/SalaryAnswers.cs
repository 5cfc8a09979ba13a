using System.Text;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Tools.Lookups;
using Assistant.Tools.Salary;
using Assistant.Dialogs.Answering.Payloads;

namespace Assistant.Dialogs.Answering.Composers;

/// <summary>Salary answers: the published range, the start amount, the amount at a seniority (published or computed from a scale table), how experience was counted, or the nearest published points with the contact for a simulation.</summary>
public static partial class SalaryAnswers
{
    public static Answer Compose(TurnContext t, VacancyFacts v)
    {
        if (OtherRoleSalary.Asks(t.Analysis.FoldedText, v))
        {
            return RetrievalAnswers.None(t, v, "salary");
        }

        var lang = t.Language;
        var start = t.Analysis.Aspect == "start";
        var (seniority, profile) = YearsAsked(t);
        var result = SalaryTool.Evaluate(v, seniority, profile, start, t.Knowledge.ScaleTables, t.Options.IndexCoefficient);
        var vacancy = Format.Vacancy(lang, v);
        var text = new StringBuilder();
        var citations = new List<Citation?>();
        var contact = LookupTool.ContactFor(v, "salary");
        if (result.Salary is not { } salary)
        {
            text.Append(Texts.Get(lang, "salary.notPublished", ("vacancy", vacancy)));
            if (v.Scale is { } scale)
            {
                // The scale is a fact the document states; its amounts differ per employer, so none is guessed from it.
                text.Append(' ').Append(Texts.Get(lang, "salary.scaleOnly", ("scale", scale)));
                citations.Add(v.Citations.TryGetValue("scale", out var scaleCitation) ? scaleCitation : null);
            }

            AppendSimulation(lang, contact, text, citations);
            return AnswerKit.Make(t, Intents.Salary, AnswerSources.Rules, text.ToString(), [v.Id], citations, new SalaryPayload(result));
        }

        if (salary.Period == SalaryPeriod.Hour)
        {
            return Hourly(t, v, salary, result, contact);
        }

        var period = PeriodText(lang, salary.Period);
        if (v.Scale is { } namedScale && ScaleAsked().IsMatch(t.Text))
        {
            // "Welke weddeschaal is het?": the scale first, with its sentence, then what it pays.
            text.Append(Texts.Get(lang, "retr3.salary.scale", ("scale", namedScale))).Append(' ');
            citations.Add(v.Citations.TryGetValue("scale", out var scaleLine) ? scaleLine : null);
        }

        foreach (var c in result.Counting)
        {
            // Experience of no stated kind is named as such, never labelled with a kind the candidate did not say.
            var kind = Texts.Get(lang, "kind." + (c.Kind == "any" ? "anyexp" : c.Kind));
            if (c.CapKnown && c.Cap is null && c.Counted == c.Given && c.Citation is not null)
            {
                // A rule that counts the experience in full ("telt volledig mee", "ook in het buitenland") is said in those words.
                var relevant = c.RelevantOnly ? Texts.Get(lang, "sal11.salary.relevant") : "";
                text.Append(Texts.Get(lang, c.Kind == "any" ? "sal11.salary.counting.any.full" : "sal11.salary.counting.full", ("given", Format.Number(lang, c.Given)), ("kind", kind), ("relevant", relevant))).Append(' ');
                citations.Add(c.Citation);
                continue;
            }

            if (c.CapKnown && c.Cap == 0 && c.Citation is not null)
            {
                // "Anciënniteit in de privésector telt niet mee": the years are said not to count, in those words.
                text.Append(Texts.Get(lang, "sal18.salary.counting.none", ("given", Format.Number(lang, c.Given)), ("kind", kind))).Append(' ');
                citations.Add(c.Citation);
                continue;
            }

            text.Append(Texts.Get(lang, c.Kind == "any" ? "salary.counting.any" : "salary.counting", ("given", Format.Number(lang, c.Given)), ("kind", kind), ("counted", Format.Number(lang, c.Counted)),
                ("cap", c.Cap is { } cap ? Texts.Get(lang, "salary.cap", ("cap", cap)) : ""))).Append(' ');
            if (!c.CapKnown)
            {
                text.Append(Texts.Get(lang, "salary.capUnknown")).Append(' ');
                if (c.Kind == "self-employed" && salary.Caps.FirstOrDefault(x => x.Kind == "private" && x.MaxYears is not null) is { } privateCap)
                {
                    // Self-employed work when only the private sector is capped: the nearest rule is said and cited, never applied.
                    text.Append(Texts.Get(lang, "sal17.salary.privateCapOnly", ("cap", privateCap.MaxYears), ("quote", privateCap.Citation.Quote))).Append(' ');
                    citations.Add(privateCap.Citation);
                }
            }

            citations.Add(c.Citation);
        }

        // Years cut by a cap ("maximum 15 jaar privésector") make the amount a rule's reading, not a personal calculation: who can make one is said.
        var capped = result.Counting.Any(c => c.Cap is not null && c.Counted < c.Given);
        decimal? answered = null;
        var maxOnly = result.Kind is "range" or "start" && seniority is null && result.Counting.Count == 0 && salary.Max is not null
            && MaxAsked().IsMatch(t.Analysis.FoldedText) && !MinAsked().IsMatch(t.Analysis.FoldedText);
        switch (maxOnly ? "max" : result.Kind)
        {
            case "max":
                // "En het maximum per maand?": the top of the published range, then what it is per month.
                text.Append(Texts.Get(lang, "sal17.salary.max", ("vacancy", vacancy), ("amount", PointText(lang, salary, salary.Max, "max")), ("period", period)));
                citations.Add(salary.Published.FirstOrDefault(p => p.Amount == salary.Max)?.Citation ?? salary.Citation);
                answered = salary.Max;
                break;
            case "range":
                text.Append(Texts.Get(lang, "salary.range", ("vacancy", vacancy), ("min", PointText(lang, salary, salary.Min, "min")), ("max", PointText(lang, salary, salary.Max, "max")), ("period", period)));
                citations.AddRange(salary.Published.Select(p => p.Citation));
                answered = salary.Min;
                break;
            case "start" when result.Exact is { } s:
                text.Append(Texts.Get(lang, "salary.start", ("vacancy", vacancy), ("amount", Format.Money(lang, s.Amount)), ("period", PeriodText(lang, s.Period ?? salary.Period))));
                citations.Add(s.Citation);
                answered = s.Amount;
                break;
            default:
                var years = Format.Number(lang, result.SeniorityYears ?? 0);
                if (result.Exact is { } exact)
                {
                    text.Append(Texts.Get(lang, "salary.exact", ("years", years), ("vacancy", vacancy), ("amount", Format.Money(lang, exact.Amount)), ("period", PeriodText(lang, exact.Period ?? salary.Period))));
                    citations.Add(exact.Citation);
                    answered = exact.Amount;
                }
                else if (result.Computed is { } computed)
                {
                    text.Append(Texts.Get(lang, "salary.computed", ("years", years), ("vacancy", vacancy), ("amount", Format.Money(lang, computed)), ("period", period),
                        ("scale", result.Table!.Scale), ("employer", result.Table.Employer), ("coefficient", result.IndexCoefficient)));
                    citations.Add(result.Table.Citation);
                    answered = computed;
                }
                else
                {
                    var points = new[] { result.Below, result.Above }.OfType<SalaryPoint>()
                        .Select(p => Texts.Get(lang, "salary.point", ("amount", Format.Money(lang, p.Amount)), ("years", p.SeniorityYears))).ToList();
                    text.Append(Texts.Get(lang, "salary.range", ("vacancy", vacancy), ("min", PointText(lang, salary, salary.Min, "min")), ("max", PointText(lang, salary, salary.Max, "max")), ("period", period)));
                    if (points.Count > 0)
                    {
                        text.Append(' ').Append(Texts.Get(lang, "salary.between", ("years", years), ("points", Format.List(lang, points))));
                    }

                    citations.AddRange(salary.Published.Select(p => p.Citation));
                    AppendSimulation(lang, contact, text, citations);
                }

                break;
        }

        if (capped && answered is not null)
        {
            AppendSimulation(lang, contact, text, citations);
        }

        // A published point answered on its own ("€ 50.000 per jaar, geïndexeerd" next to amounts at index 100%) is converted as
        // what it is: its own basis and period, never the main basis's (an indexed amount is not indexed a second time).
        var answeredAs = result.Kind != "range" && !maxOnly && result.Computed is null && result.Exact is { } point && answered == point.Amount
            ? salary with { Basis = point.Basis ?? salary.Basis, Period = point.Period ?? salary.Period }
            : salary;
        Derived(t, v, answeredAs, result.Kind == "range" && !maxOnly ? (salary.Min, salary.Max) : (answered, null), result.Computed is not null, text, citations);
        AppendCaps(t, salary, result, text, citations);
        SalaryWithPremium.Append(t, v, salary, result.Kind == "range" && !maxOnly ? null : answered, text, citations);
        SalaryAllowances.Append(t, v, text, citations);
        SalaryNamedLines.Append(t, v, text, citations);
        return AnswerKit.Make(t, Intents.Salary, AnswerSources.Rules, text.ToString(), [v.Id], citations, new SalaryPayload(result));
    }

    private static string PeriodText(string lang, SalaryPeriod period) => Texts.Get(lang, "period." + period.ToString().ToLowerInvariant());

    /// <summary>
    /// What the published amount means as pay, each step computed and said: a yearly amount at index 100% becomes today's
    /// monthly amount (× the configured index coefficient / 12); a yearly amount becomes a monthly one (/ 12) and, when asked,
    /// a monthly one a yearly one (× 12); a part-time job gets the pro-rated amount when the vacancy says the amounts are
    /// for full time (and a warning when it does not say).
    /// </summary>
    private static void Derived(TurnContext t, VacancyFacts v, Salary salary, (decimal? First, decimal? Second) amounts, bool alreadyIndexed, StringBuilder text, List<Citation?> citations)
    {
        var lang = t.Language;
        if (amounts.First is not { } first)
        {
            return;
        }

        var monthly = new List<decimal>();
        var yearlyAsked = YearlyAsked().IsMatch(t.Text);
        foreach (var amount in new[] { first, amounts.Second }.OfType<decimal>())
        {
            monthly.Add(salary.Basis == "index-100" && !alreadyIndexed
                ? Math.Round(amount * t.Options.IndexCoefficient / (salary.Period == SalaryPeriod.Year ? 12 : 1), 2, MidpointRounding.AwayFromZero)
                : salary.Period == SalaryPeriod.Year ? Math.Round(amount / 12, 2, MidpointRounding.AwayFromZero) : amount);
        }

        string Range(IReadOnlyList<decimal> values) => values.Count == 2
            ? Texts.Get(lang, "salary.twoAmounts", ("min", Format.Money(lang, values[0])), ("max", Format.Money(lang, values[1])))
            : Format.Money(lang, values[0]);

        if (salary.Basis == "index-100" && !alreadyIndexed)
        {
            text.Append(' ').Append(Texts.Get(lang, "salary.index100", ("coefficient", t.Options.IndexCoefficient.ToString("0.####", Texts.Culture(lang))), ("amount", Range(monthly))));
            if (yearlyAsked && salary.Period == SalaryPeriod.Year)
            {
                // "Wat is het geïndexeerde startsalaris per jaar?": the yearly amount × the coefficient, not only the monthly one.
                var yearly = new[] { first, amounts.Second }.OfType<decimal>().Select(a => Math.Round(a * t.Options.IndexCoefficient, 2, MidpointRounding.AwayFromZero)).ToList();
                text.Append(' ').Append(Texts.Get(lang, "sal9.salary.index100Year", ("coefficient", t.Options.IndexCoefficient.ToString("0.####", Texts.Culture(lang))), ("amount", Range(yearly))));
            }
        }
        else if (salary.Period == SalaryPeriod.Year && (salary.Published.FirstOrDefault(p => PremiumsIncluded().IsMatch(p.Citation.Quote))?.Citation
            ?? (StepSentences.Matching(t, v, s => PremiumsIncluded().IsMatch(s) && !PremiumsExcluded().IsMatch(s), 1) is [var stated, ..] ? stated : null)) is { } inclusive)
        {
            // "Een bruto jaarloon van € 45.000, inclusief vakantiegeld en eindejaarspremie", or the sentence after the amounts: "Dat
            // bedrag bevat al je vakantiegeld": the premiums are in the yearly amount, so they do not come on top, and a twelfth
            // of it is an average with them, not the monthly pay.
            text.Append(' ').Append(Texts.Get(lang, "sal18.salary.yearlyIncludes", ("amount", Range(monthly))));
            citations.Add(inclusive);
        }
        else if (salary.Period == SalaryPeriod.Year)
        {
            text.Append(' ').Append(Texts.Get(lang, "salary.other", ("amount", Range(monthly)), ("period", Texts.Get(lang, "period.month"))))
                .Append(' ').Append(Texts.Get(lang, "salary.yearlyNote"));
        }
        else if (yearlyAsked)
        {
            text.Append(' ').Append(Texts.Get(lang, "salary.perYear", ("amount", Range([.. monthly.Select(m => m * 12)]))));
        }

        if (AskedFraction(t.Text, v.Regime) is { } askedRounded)
        {
            var asked = ExactShare(askedRounded);
            // The candidate's own regime ("als ik 4/5 werk", "half-time", "à mi-temps", "30,4 uur per week"): the full-time
            // amounts times that share; amounts published for the job's own part-time regime are first brought to full time.
            var regimeShare = salary.FullTimeAmounts == false && v.Regime is { Fraction: { } own } && own is > 0 and < 1 ? ExactShare(own) : 1m;
            if (regimeShare != 1m)
            {
                // "Is dat voor voltijds of voor de 24/38?": first that the published amounts are the part-time job's own, as written.
                text.Append(' ').Append(Texts.Get(lang, "fact13.salary.partTimeStated", ("share", Format.Number(lang, Math.Round(regimeShare * 100, 1))),
                    ("written", Written(v.Regime)), ("amount", Range([.. monthly.Select(m => Math.Round(m / regimeShare, 2, MidpointRounding.AwayFromZero))]))));
                citations.Add(v.Regime?.FractionCitation);
                if (asked == 1m || Math.Abs(asked - regimeShare) < 0.001m)
                {
                    return;
                }
            }

            var key = salary.FullTimeAmounts == false && regimeShare == 1m ? "score5.salary.askedUnclear" : "score5.salary.asked";
            var amountsAsked = monthly.Select(m => Math.Round(m / regimeShare * asked, 2, MidpointRounding.AwayFromZero)).ToList();
            text.Append(' ').Append(Texts.Get(lang, key, ("share", Format.Number(lang, Math.Round(asked * 100, 1))), ("amount", Range(amountsAsked))));
            if (AskedHours().Match(t.Text) is { Success: true } hours && asked < 1m && Math.Abs(asked * Assistant.Knowledge.Extraction.WorkFraction.FullTimeHours - decimal.Parse(hours.Groups["h"].Value.Replace(',', '.'), System.Globalization.CultureInfo.InvariantCulture)) < 0.05m)
            {
                // "8 uur per week": the share is those hours of a full-time week, said as a fraction ("8/38").
                text.Append(' ').Append(Texts.Get(lang, "num20.salary.askedHours", ("hours", hours.Groups["h"].Value),
                    ("full", Format.Number(lang, Assistant.Knowledge.Extraction.WorkFraction.FullTimeHours))));
            }

            if (yearlyAsked)
            {
                // "How much per year if I work 4/5?": the yearly amounts at that share too, not only the monthly ones.
                var coefficient = salary.Basis == "index-100" && !alreadyIndexed ? t.Options.IndexCoefficient : 1m;
                var yearlyShare = new[] { first, amounts.Second }.OfType<decimal>()
                    .Select(a => Math.Round((salary.Period == SalaryPeriod.Year ? a : a * 12) * coefficient / regimeShare * asked, 2, MidpointRounding.AwayFromZero)).ToList();
                text.Append(' ').Append(Texts.Get(lang, "num20.salary.askedYear", ("share", Format.Number(lang, Math.Round(asked * 100, 1))), ("amount", Range(yearlyShare))));
            }

            return;
        }

        if (v.Regime is { Fraction: { } rounded } regime && rounded is > 0 and < 1)
        {
            var fraction = ExactShare(rounded);
            var share = Format.Number(lang, Math.Round(fraction * 100, 1));
            if (salary.FullTimeAmounts == true)
            {
                text.Append(' ').Append(Texts.Get(lang, "salary.partTime", ("share", share), ("written", Written(regime)), ("amount", Range([.. monthly.Select(m => Math.Round(m * fraction, 2, MidpointRounding.AwayFromZero))]))));
                citations.Add(regime.FractionCitation);
            }
            else if (salary.FullTimeAmounts == false)
            {
                // "Voor deze halftijdse opdracht ligt je loon tussen …": the amounts are the job's own; what they mean at full time is said too.
                text.Append(' ').Append(Texts.Get(lang, "fact13.salary.partTimeStated", ("share", share), ("written", Written(regime)), ("amount", Range([.. monthly.Select(m => Math.Round(m / fraction, 2, MidpointRounding.AwayFromZero))]))));
                citations.Add(regime.FractionCitation);
            }
            else
            {
                text.Append(' ').Append(Texts.Get(lang, "salary.partTimeUnclear", ("share", share), ("written", Written(regime))));
                // What the share would be if the amounts are full-time ones (the usual way scales are published), said as conditional.
                text.Append(' ').Append(Texts.Get(lang, "num21.salary.partTimeIfFull", ("amount", Range([.. monthly.Select(m => Math.Round(m * fraction, 2, MidpointRounding.AwayFromZero))]))));
                citations.Add(regime.FractionCitation);
            }
        }
    }

    /// <summary>
    /// The share as the fraction it was read from: a stored share is rounded to six decimals (30/38 is 0,789474), which
    /// pro-rates € 3.901,77 a cent too high; a share within that rounding of a fraction with a small denominator (hours of a
    /// week, fifths, tenths) is that fraction exactly.
    /// </summary>
    internal static decimal ExactShare(decimal share)
    {
        for (var q = 2; q <= 100; q++)
        {
            var p = Math.Round(share * q);
            if (p > 0 && Math.Abs(share * q - p) <= 0.000001m * q)
            {
                return p / q;
            }
        }

        return share;
    }

    /// <summary>
    /// The job's share as the vacancy writes it, after a comma ("24/38", "0,6 VTE", "4/5de"), so the candidate recognises it;
    /// empty when it is a percentage or a word only ("80%", "halftijds"), which the percentage already says.
    /// </summary>
    private static string Written(Regime? regime)
    {
        if (regime?.FractionCitation?.Quote is not { } quote || Assistant.Knowledge.Extraction.WorkFraction.Find(quote) is not { } found)
        {
            return "";
        }

        var written = quote[found.Start..found.End].Trim();
        return written.Any(char.IsDigit) && !written.Contains('%', StringComparison.Ordinal) ? ", " + written : "";
    }

    /// <summary>
    /// An hourly wage: at the candidate's stated age the row for that age ("Op 19 jaar: € 14,10 bruto per uur"), else every
    /// published wage with its row (ages or function); no monthly amount is made up from it.
    /// </summary>
    private static Answer Hourly(TurnContext t, VacancyFacts v, Salary salary, SalaryAnswer result, Assistant.Core.Facts.Contact? contact)
    {
        var lang = t.Language;
        var vacancy = Format.Vacancy(lang, v);
        var text = new StringBuilder();
        var citations = new List<Citation?>();
        var age = t.Profile.Age;
        var perAge = salary.Published.Where(p => p.MinAge is not null || p.MaxAge is not null).ToList();
        var atAge = age is { } a ? perAge.Where(p => (p.MinAge ?? 0) <= a && a <= (p.MaxAge ?? 200)).ToList() : [];
        if (atAge.Count > 0)
        {
            text.Append(Texts.Get(lang, "score5.salary.hourly.age", ("age", age!.Value), ("vacancy", vacancy),
                ("amount", Format.List(lang, atAge.Select(p => Format.Money(lang, p.Amount)).Distinct().ToList()))));
            citations.AddRange(atAge.Select(p => p.Citation));
            // "Ik word 18 in juli": a wage table per age (often at a later date, the first working day) also gets the row of the age to come.
            var soon = t.Profile.AgeSoon is { } next && next == age + 1 ? perAge.Where(p => (p.MinAge ?? 0) <= next && next <= (p.MaxAge ?? 200)).Except(atAge).ToList() : [];
            if (soon.Count > 0)
            {
                text.Append(' ').Append(Texts.Get(lang, "sal11.salary.hourly.soon", ("age", t.Profile.AgeSoon!.Value),
                    ("amount", Format.List(lang, soon.Select(p => Format.Money(lang, p.Amount)).Distinct().ToList()))));
                citations.AddRange(soon.Select(p => p.Citation));
            }

            // "Ik heb vorige zomer ook al bij jullie gewerkt": a supplement the document grants returning students is added to the row.
            if (ReturningSaid().IsMatch(t.Text) && salary.Supplements.FirstOrDefault(x => ReturningGroup().IsMatch(x.Label)) is { } extra)
            {
                text.Append(' ').Append(Texts.Get(lang, "sal12.salary.hourly.returning", ("extra", Format.Money(lang, extra.Amount)),
                    ("amount", Format.List(lang, atAge.Select(p => Format.Money(lang, p.Amount + extra.Amount)).Distinct().ToList()))));
                citations.Add(extra.Citation);
            }
        }
        else
        {
            var rows = salary.Published.Select(p => Texts.Get(lang, "score5.salary.hourly.row", ("label", p.Label), ("amount", Format.Money(lang, p.Amount)))).ToList();
            text.Append(Texts.Get(lang, "score5.salary.hourly", ("vacancy", vacancy), ("rows", Format.List(lang, rows))));
            citations.AddRange(salary.Published.Select(p => p.Citation));
            if (age is not null && perAge.Count > 0)
            {
                text.Append(' ').Append(Texts.Get(lang, "score5.salary.hourly.noAge", ("age", age.Value)));
            }
        }

        // "How much for a shift from 7 to 13:30?", "voor 6 uur?": one hourly wage times the hours asked, each step said.
        var rates = (atAge.Count > 0 ? atAge : salary.Published).Select(p => p.Amount).Distinct().ToList();
        if (rates.Count == 1 && HoursAsked(t.Text) is { } hours)
        {
            text.Append(' ').Append(Texts.Get(lang, "sal18.salary.hourly.shift", ("hours", Format.Number(lang, hours)), ("rate", Format.Money(lang, rates[0])),
                ("amount", Format.Money(lang, Math.Round(hours * rates[0], 2, MidpointRounding.AwayFromZero)))));
        }

        else if (WeekHours().Match(t.Text) is { Success: true } week && decimal.TryParse(week.Groups["n"].Value.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var weekly)
            && weekly is > 0 and <= 60 && RateNamed(t.Text, atAge.Count > 0 ? atAge : salary.Published) is { } rate)
        {
            // "How much for a 30-hour week with the lifeguard brevet?": the one wage the question points to times the weekly hours.
            text.Append(' ').Append(Texts.Get(lang, "num19.salary.hourly.week", ("hours", Format.Number(lang, weekly)), ("rate", Format.Money(lang, rate)),
                ("amount", Format.Money(lang, Math.Round(weekly * rate, 2, MidpointRounding.AwayFromZero)))));
        }

        // Supplements per hour ("toeslag van € 1,50 per uur") are the document's words: asked about ("meer op zondag?"), their lines are added.
        SalaryAllowances.Append(t, v, text, citations);
        SalaryNamedLines.Append(t, v, text, citations);
        return AnswerKit.Make(t, Intents.Salary, AnswerSources.Rules, text.ToString(), [v.Id], citations, new SalaryPayload(result));
    }

    /// <summary>The one hourly wage the question points to: the only one, or the only row whose label words the question uses.</summary>
    private static decimal? RateNamed(string question, IReadOnlyList<SalaryPoint> rows)
    {
        var rates = rows.Select(p => p.Amount).Distinct().ToList();
        if (rates.Count == 1)
        {
            return rates[0];
        }

        var words = Assistant.Core.Text.TextFold.Words(question).Where(w => w.Length > 3).ToHashSet();
        var named = rows.Where(p => Assistant.Core.Text.TextFold.Words(p.Label).Any(words.Contains)).Select(p => p.Amount).Distinct().ToList();
        return named.Count == 1 ? named[0] : null;
    }

    /// <summary>"30 uur per week", "a 30-hour week", "30 hours a week", "une semaine de 30 heures".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(?<n>\d{1,2}(?:[.,]\d)?)\s*(?:uur|uren|u|h|hours?|heures?)\s*(?:per|a|par|/|in de|in a)\s*(?:week|semaine)\b|(?<![\d.,])(?<n>\d{1,2})[- ]?(?:hours?|uren|urige)[- ]?(?:werk)?week\b|\b(?:werkweek|week|semaine)\s+(?:van|of|de)\s+(?<n>\d{1,2})\s*(?:uur|uren|hours?|heures?|u|h)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex WeekHours();

    /// <summary>
    /// The hours of work a question asks the pay for: a span of clock times ("from 7 to 13:30", "van 22u tot 6u", "de 8h à 12h")
    /// or a number of hours ("voor 6,5 uur", "for 4 hours", "pour 5 heures"); at most a day, never hours per week or month.
    /// </summary>
    internal static decimal? HoursAsked(string text)
    {
        if (ClockSpan().Match(text) is { Success: true } span)
        {
            var from = int.Parse(span.Groups["h1"].Value, System.Globalization.CultureInfo.InvariantCulture) * 60 + (span.Groups["m1"].Success ? int.Parse(span.Groups["m1"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            var to = int.Parse(span.Groups["h2"].Value, System.Globalization.CultureInfo.InvariantCulture) * 60 + (span.Groups["m2"].Success ? int.Parse(span.Groups["m2"].Value, System.Globalization.CultureInfo.InvariantCulture) : 0);
            if (from < 24 * 60 && to <= 24 * 60)
            {
                var minutes = to > from ? to - from : to + 24 * 60 - from;
                return minutes is > 0 and <= 16 * 60 ? minutes / 60m : null;
            }
        }

        if (HourCount().Match(text) is { Success: true } count
            && decimal.TryParse(count.Groups["n"].Value.Replace(',', '.'), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out var n))
        {
            return n is > 0 and <= 16 ? n : null;
        }

        return null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:van|vanaf|from|de|tussen|between)\s+(?<h1>[01]?\d|2[0-3])(?:\s*[:.hu]\s*(?<m1>[0-5]\d))?\s*(?:u|h|uur|am|pm)?\s*(?:tot|to|till|until|à|a|-|–|en|and)\s+(?<h2>[01]?\d|2[0-4])(?:\s*[:.hu]\s*(?<m2>[0-5]\d))?\s*(?:u|h|uur|am|pm)?(?![\d/%])(?!\s*(?:jaar|jarigen|ans|years|yrs)\b)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ClockSpan();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:voor|for|pour|van|of|de)\s+(?:een\s+|a\s+|une\s+)?(?:shift\s+van\s+|dienst\s+van\s+)?(?<n>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:uur|uren|hours?|heures?|u|h)\b(?!\s*(?:per|a|par|in de|in a|/)\s*(?:week|weken|maand|month|semaine|mois))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex HourCount();

    /// <summary>
    /// The share of a full-time job the candidate asks about: "80%", "4/5", "19/38", "halftijds", "30,4 uur per week" (of a
    /// 38-hour week), "half-time", "four-fifths", "à mi-temps", "quatre cinquièmes"; null for full time or none.
    /// </summary>
    internal static decimal? AskedFraction(string text, Regime? regime)
    {
        if (AskedHalf().IsMatch(text))
        {
            return 0.5m;
        }

        if (AskedFull().IsMatch(text) && regime is { Fraction: > 0 and < 1 })
        {
            // "Hoeveel is dat voltijds?" about a part-time job: the amounts at full time.
            return 1m;
        }

        if (AskedFourFifths().IsMatch(text))
        {
            return 0.8m;
        }

        var inv = System.Globalization.CultureInfo.InvariantCulture;
        if (AskedRatio().Match(text) is { Success: true } ratio)
        {
            var n = decimal.Parse(ratio.Groups["n"].Value.Replace(',', '.'), inv);
            var d = decimal.Parse(ratio.Groups["d"].Value, inv);
            return n > 0 && n < d ? n / d : null;
        }

        if (AskedHours().Match(text) is { Success: true } hours)
        {
            var h = decimal.Parse(hours.Groups["h"].Value.Replace(',', '.'), inv);
            // The job's own hours ("12 lesuren" of a "12/22" job) are the job's own share; other hours are of a 38-hour week.
            if (regime is { HoursPerWeek: { } own, Fraction: { } share } && share is > 0 and < 1 && (Math.Abs(own * share - h) < 0.1m || Math.Abs(own - h) < 0.1m))
            {
                return share;
            }

            var fullTime = Assistant.Knowledge.Extraction.WorkFraction.FullTimeHours;
            return h > 0 && h < fullTime ? h / fullTime : null;
        }

        if (AskedPercent().Match(text) is { Success: true } percent)
        {
            return decimal.Parse(percent.Groups["p"].Value, inv) / 100m;
        }

        return Assistant.Knowledge.Extraction.WorkFraction.Find(text) is { Fraction: > 0 and < 1 } found ? found.Fraction : null;
    }

    /// <summary>"4/5", "3/4", "19/38", "30,4/38": a share of a full-time week.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d/.,])(?<n>[1-9]|[1-3]\d(?:[.,]\d{1,2})?)\s?/\s?(?<d>[2-5]|19|2\d|3\d|40)(?![\d/])")]
    private static partial System.Text.RegularExpressions.Regex AskedRatio();

    /// <summary>"30,4 uur per week", "19 hours a week", "24 heures par semaine".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(?<h>\d{1,2}(?:[.,]\d{1,2})?)\s*(?:u|uur|uren|h|hours?|heures?)\s*(?:per week|/\s?week|a week|per week|par semaine|/\s?semaine)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AskedHours();

    /// <summary>"80%", "60 procent", "à 80 %" when no supplement or index is meant.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d.,])(?<p>[2-9]\d)\s?(?:%|procent|percent|pour cent)(?!\s*(?:toeslag|supplement|premie|index|op\b|on\b|à l))", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AskedPercent();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(half[- ]?time|halftime|mi-temps|mi temps|halftijd\w*|deeltijds 50)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AskedHalf();

    /// <summary>"voltijds", "full-time", "à temps plein", "aan 100%": the full-time amounts asked.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bvoltijd\w*|\bfull[- ]?time\b|\btemps plein\b|\bplein temps\b|(?<![\d.,])100\s?(?:%|procent|percent|pour cent)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AskedFull();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(four[- ]fifths|quatre[- ]cinquièmes|vier vijfde)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AskedFourFifths();

    /// <summary>
    /// A question about experience or seniority ("Telt mijn ervaring als zelfstandige mee?") whose years were not counted
    /// gets the vacancy's counting rules per kind of experience, each with its sentence.
    /// </summary>
    private static void AppendCaps(TurnContext t, Salary salary, SalaryAnswer result, StringBuilder text, List<Citation?> citations)
    {
        // Only for a question without years: stated years are counted above, each with its own rule.
        if (result.Counting.Count > 0 || t.Profile.Experience.Count > 0 || t.Analysis.SeniorityYears is not null || salary.Caps.Count == 0 || !ExperienceAsked().IsMatch(t.Text))
        {
            return;
        }

        var lang = t.Language;
        var rules = salary.Caps.Select(c =>
        {
            var kind = Texts.Get(lang, "kind." + c.Kind);
            var rule = c.MaxYears == 0 ? Texts.Get(lang, "sal18.salary.cap.none", ("kind", kind))
                : c.MaxYears is { } max
                ? Texts.Get(lang, "retr3.salary.cap.max", ("kind", kind), ("cap", max))
                : Texts.Get(lang, "retr3.salary.cap.full", ("kind", kind));
            return c.RelevantOnly ? Texts.Get(lang, "retr3.salary.cap.relevant", ("rule", rule)) : rule;
        }).ToList();
        text.Append(' ').Append(Texts.Get(lang, "retr3.salary.caps", ("rules", Format.List(lang, rules))));
        citations.AddRange(salary.Caps.Select(c => c.Citation));
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"ervaring|anci[eë]nniteit|dienstjaren|\btelt\b|\btellen\b|meegeteld|meegerekend|experience|expérience|seniority|ancienneté|\bcount|\bcompte|priv[ée]|\bprivate\b|zelfstandig|self-employed|freelance|indépendant|overheid|public sector|secteur public", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ExperienceAsked();

    /// <summary>The candidate says they worked there before: "vorige zomer ook al", "last summer", "l'été dernier", "returning".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bvorige?\s+(?:zomer|jaar|vakantie|jaren)\b|\bal eerder\b|\bvroeger al\b|\bterugkeren|\bterugkerend|\blast (?:summer|year)\b|\bbefore\b.*\bworked\b|\breturning\b|\bété dernier|\bannée dernière|\bdéjà travaillé", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReturningSaid();

    /// <summary>A supplement's group is the returning students: "die vorig jaar al bij ons werkten", "terugkerende studenten".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\bvorige?\s+(?:zomer|jaar|vakantie)|\beerder\b|\bal bij ons\b|\bterugkerend|\bopnieuw\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ReturningGroup();

    [System.Text.RegularExpressions.GeneratedRegex(@"schaal|barema|\bgraad\b|\bscale\b|pay grade|salary grade|échelle|echelle|bar[èe]me", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex ScaleAsked();

    [System.Text.RegularExpressions.GeneratedRegex(@"per jaar|jaarloon|jaarsalaris|op jaarbasis|jaarlijks|per year|a year|annual|yearly|par an|annuel", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex YearlyAsked();

    /// <summary>A sentence that says the premiums are not in the amount: "exclusief vakantiegeld", "zonder eindejaarspremie", "komen er nog bij".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:exclusief|excl\.?|zonder|niet inbegrepen in|niet inclusief)\s+(?:[\w']+\s+){0,3}?(?:vakantiegeld|eindejaars\w*|dertiende maand)|\b(?:vakantiegeld|eindejaars\w*|dertiende maand)\b[^.;]{0,50}\b(?:niet inbegrepen|komen? (?:er )?(?:nog )?(?:bij|bovenop)|daarbovenop|bovenop)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PremiumsExcluded();

    /// <summary>A yearly amount that already holds the holiday pay or the end-of-year bonus: "inclusief vakantiegeld", "eindejaarspremie inbegrepen", "met inbegrip van de dertiende maand".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:inclusief|incl\.?|inbegrepen|met inbegrip van|omvat|bevat|samen met)\b[^.;]{0,60}\b(?:vakantiegeld|eindejaars\w*|dertiende maand|13de maand|13e maand)|\b(?:vakantiegeld|eindejaars\w*|dertiende maand)\b[^.;]{0,60}\b(?:inbegrepen|inclusief|meegerekend|meegeteld|zitten erin)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PremiumsIncluded();

    /// <summary>An amount of the range with its seniority when the document gives one: "€ 3.086,37 (1 jaar)".</summary>
    private static string PointText(string lang, Salary salary, decimal? amount, string bound)
    {
        if (amount is not { } a)
        {
            return "?";
        }

        var point = salary.Published.FirstOrDefault(p => p.Amount == a && p.SeniorityYears is > 0);
        return point is null ? Format.Money(lang, a) : $"{Format.Money(lang, a)} ({Texts.Get(lang, "salary.point", ("amount", ""), ("years", point.SeniorityYears)).Trim()})";
    }

    private static void AppendSimulation(string lang, Assistant.Core.Facts.Contact? contact, StringBuilder text, List<Citation?> citations)
    {
        if (contact is null)
        {
            return;
        }

        text.Append(' ').Append(Texts.Get(lang, "salary.simulation", ("contact", Format.Contact(lang, contact))));
        citations.Add(contact.Citation);
    }

    /// <summary>
    /// The seniority a salary question asks about, and the profile to count: "en met 15 jaar?", "and with 15 years?", "et avec
    /// 15 ans ?" is a short follow-up that asks the same question at other years. When the conversation named one kind of
    /// experience, the new years are of that kind, so its cap still applies; otherwise they are the seniority itself.
    /// </summary>
    private static (int? Seniority, Assistant.Tools.Profile.CandidateProfile Profile) YearsAsked(TurnContext t)
    {
        if (t.Analysis.SeniorityYears is not null || FollowUpYears().Match(t.Analysis.FoldedText) is not { Success: true } m
            || !int.TryParse(m.Groups["n"].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var years) || years > 50)
        {
            return (t.Analysis.SeniorityYears, t.Profile);
        }

        var kinds = t.Profile.Experience.Select(e => e.Kind).Distinct().ToList();
        return kinds.Count == 1
            ? (null, t.Profile with { Experience = [new Assistant.Tools.Profile.ExperienceEntry(years, kinds[0])] })
            : (years, t.Profile with { Experience = [] });
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^[\s,]*(?:(?:en|and|et|maar|but|ok|dus|so)[\s,]+)?(?:(?:wat|what|hoeveel|how much|combien|quid)\s+)?(?:(?:met|with|avec|na|after|apres|bij|at|for|pour|voor|about|als ik|if i have|si j'?\s?ai)\s+)?(?<n>\d{1,2})\s+(?:jaar|jaren|years?|ans|annees)(?:\s+(?:ancienniteit|seniority|anciennete|ervaring|experience|dienst|service))?(?:\s+(?:dan|then|alors|heb|have|ai))?[\s?!.]*$")]
    private static partial System.Text.RegularExpressions.Regex FollowUpYears();

    /// <summary>A question for the top of the range: "en het maximum?", "the highest salary", "le salaire maximum" (not "maximum 10 jaar").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:maximum|max|maximaal|maximale|hoogste|eindloon|eindwedde|highest|at most|top of the scale|le plus haut|plafond)\b(?!\s+\d)")]
    private static partial System.Text.RegularExpressions.Regex MaxAsked();

    /// <summary>A question that also asks the bottom or the whole range ("minimum en maximum", "tussen", "de vork").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\b(?:minimum|min|minimaal|minimale|laagste|lowest|between|tussen|entre|range|vork|fourchette)\b")]
    private static partial System.Text.RegularExpressions.Regex MinAsked();
}
