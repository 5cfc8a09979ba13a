using System.Globalization;
using System.Text.RegularExpressions;
using Assistant.Core.Facts;

namespace Assistant.Knowledge.Extraction;

/// <summary>Organisation, title, scale and level of a vacancy.</summary>
public static partial class IdentityRules
{
    /// <summary>Fills organisation, title, scale, level and location; citations go into <paramref name="citations"/>.</summary>
    public static VacancyFacts Apply(VacancyFacts facts, ExtractionContext ctx, Dictionary<string, Citation> citations)
    {
        var view = ctx.View;
        var (scale, scaleLine) = FindScale(view);
        if (scaleLine is not null)
        {
            citations["scale"] = view.Cite(scaleLine);
        }

        var level = scale is not null ? scale[..1] : null;
        var levelLine = view.Lines.FirstOrDefault(l => LevelWord().IsMatch(l.Text));
        if (level is null && levelLine is not null)
        {
            level = LevelWord().Match(levelLine.Text).Groups["l"].Value.ToUpperInvariant();
            citations["level"] = view.Cite(levelLine);
        }

        var (title, titleLine) = FindTitle(view);
        if (titleLine is not null)
        {
            citations["title"] = view.Cite(titleLine);
        }

        var (organisation, orgLine, place) = OrganisationRules.Find(view);
        if (orgLine is not null)
        {
            citations["organisation"] = view.Cite(orgLine);
        }

        return facts with { Scale = scale, Level = level, Title = title, Organisation = organisation, Location = place };
    }

    private static (string? Scale, TextLine? Line) FindScale(DocumentView view)
    {
        foreach (var line in view.Lines)
        {
            var m = ScaleRange().Match(line.Text);
            if (m.Success && !LanguageLevel().IsMatch(line.Text[..m.Index]))
            {
                var first = Normalise(m.Groups["a"].Value);
                var second = Normalise(m.Groups["b"].Value);
                if (!char.IsLetter(second[0]))
                {
                    second = first[0] + second;
                }

                return ($"{first}-{second}", line);
            }
        }

        foreach (var line in view.Lines)
        {
            var m = SingleScale().Match(line.Text);
            if (m.Success)
            {
                return (Normalise(m.Groups["a"].Value), line);
            }
        }

        return (null, null);
    }

    private static string Normalise(string scale) => scale.Replace(" ", "", StringComparison.Ordinal) is var s && s.Length > 0
        ? char.ToUpperInvariant(s[0]) + s[1..].ToLowerInvariant()
        : s;

    private static (string? Title, TextLine? Line) FindTitle(DocumentView view)
    {
        TextLine? best = null;
        var bestScore = 0;
        foreach (var line in view.Lines.Take(40))
        {
            var score = TitleScore(line, view);
            if (score > bestScore)
            {
                best = line;
                bestScore = score;
            }
        }

        if (best is null)
        {
            return (null, null);
        }

        var text = best.Text;
        var label = TitleLabel().Match(text);
        if (label.Success)
        {
            text = text[label.Length..];
        }

        text = ScaleInParens().Replace(text, "");
        text = GenderMarker().Replace(text, "");
        text = text.Trim().Trim('‘', '’', '“', '”', '"', '\'', '«', '»', ' ', ':', '-', '–').Trim();
        text = text.Replace("‘", "", StringComparison.Ordinal).Replace("’", "", StringComparison.Ordinal).Replace("“", "", StringComparison.Ordinal).Replace("”", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return (null, null);
        }

        if (text.Where(char.IsLetter).All(char.IsUpper))
        {
            text = char.ToUpperInvariant(text[0]) + text[1..].ToLower(CultureInfo.GetCultureInfo("nl-BE"));
        }

        return (MultiSpace().Replace(text, " ").Trim(), best);
    }

    private static int TitleScore(TextLine line, DocumentView view)
    {
        var text = line.Content.Trim();
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        if (words == 0 || words > 10 || text.EndsWith('.') || Generic().IsMatch(text))
        {
            return 0;
        }

        var score = 0;
        if (ScaleInParens().IsMatch(text)) score += 6;
        if (TitleLabel().IsMatch(text)) score += 1;
        if (line.Index < 4) score += 2;
        if (GenderMarker().IsMatch(text)) score += 5;
        if (JobNoun().IsMatch(text)) score += 3;
        if (line.IsHeading || text.Where(char.IsLetter).All(char.IsUpper)) score += 1;
        var firstWord = text.Split(' ')[0].Trim('‘', '’', '“', '”', '"', '\'').ToLowerInvariant();
        if (firstWord.Length > 3 && view.Lines.Take(60).Any(l => l != line && SeeksSentence().IsMatch(l.Text) && l.Text.Contains(firstWord, StringComparison.OrdinalIgnoreCase)))
        {
            score += 3;
        }

        return score >= 3 ? score - line.Index / 20 : 0;
    }

    [GeneratedRegex(@"\b(?<a>[A-E]\s?\d{1,2}[a-c]?)\s?(?:[-–]|tot)\s?(?<b>(?:[A-E]\s?)?\d{1,2}[a-c]?)\b")]
    private static partial Regex ScaleRange();

    [GeneratedRegex(@"(?:salaris|loon|wedde|weddes?|barema)?schaal\s+(?<a>[A-E]\d{1,2}[a-c]?)\b|\bbarema\s+(?<a>[A-E]\d{1,2}[a-c]?)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SingleScale();

    [GeneratedRegex(@"(?:taal)?niveau\s*$|ERK\s*$|CEFR\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex LanguageLevel();

    [GeneratedRegex(@"\bniveau\s+(?<l>[A-E])\b(?!\d)|\b(?<l>[A-E])-niveau\b")]
    private static partial Regex LevelWord();

    [GeneratedRegex(@"\(\s*[A-E]\s?\d{1,2}[a-c]?(?:\s?[-–]\s?[A-E]?\s?\d{1,2}[a-c]?)?\s*\)")]
    private static partial Regex ScaleInParens();

    [GeneratedRegex(@"\(\s*[MVXmvxFHfh]\s*/\s*[MVXmvxFHfh](?:\s*/\s*[MVXmvxFHfh])?\s*\)")]
    private static partial Regex GenderMarker();

    [GeneratedRegex(@"^(?:functietitel|functie|formele functiebenaming|graad \(functietitel\)|vacature|job)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex TitleLabel();

    [GeneratedRegex(@"(medewerker|deskundige|directeur|assistent|coördinator|coordinator|consulent|adviseur|verantwoordelijke|diensthoofd|manager|werker|begeleider|technicus|arbeider|secretaris|boekhouder|ingenieur|architect|juris|jurist|analist|ontwikkelaar|bediende|hoofd|leider|expert|specialist|verpleegkundige|kinderbegeleider|redacteur|planner|inspecteur|agent|beheerder)", RegexOptions.IgnoreCase)]
    private static partial Regex JobNoun();

    [GeneratedRegex(@"^(vacature|vacatures|informatiebundel|werken bij|start hier|sector met toekomst|alles over de job|snel zoeken|over ons|home|jobs|menu|organisatie|toelichting|functiebeschrijving|functieinhoud|functie-inhoud|functieprofiel|profiel|competenties|visie|waarden)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Generic();

    [GeneratedRegex(@"\b(zoekt|zoeken|werft|aanwerving van|is op zoek|organiseert|selectie voor)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SeeksSentence();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
