using System.Globalization;
using Assistant.Core.Facts;

namespace Assistant.Cli.Commands;

/// <summary>A readable summary of a vacancy's facts for the terminal.</summary>
public static class FactsPrinter
{
    public static void Print(TextWriter o, VacancyFacts f)
    {
        var c = CultureInfo.InvariantCulture;
        o.WriteLine($"== {f.Id}");
        o.WriteLine($"   organisation: {f.Organisation ?? "-"}");
        o.WriteLine($"   title:        {f.Title ?? "-"}");
        o.WriteLine($"   scale:        {f.Scale ?? "-"}");
        var d = f.ApplicationDeadline;
        o.WriteLine(d is null
            ? f.ContinuousRecruitment ? "   deadline:     none (continuous recruitment)" : "   deadline:     not stated"
            : string.Create(c, $"   deadline:     {d.Date:yyyy-MM-dd}{(d.Time is { } t ? " " + t.ToString("HH:mm", c) : "")} ({(d.Inclusive ? "inclusive" : "before")}{(d.YearInferred ? ", year inferred" : "")})"));
        foreach (var r in f.Requirements.Routes)
        {
            o.WriteLine(string.Create(c, $"   route {r.Id}: {r.Audience} diploma={r.Diploma}{(r.DiplomaField is null ? "" : " in " + r.DiplomaField)} exp>={r.MinExperienceYears?.ToString(c) ?? "-"} {r.ExperienceKind} {string.Join("; ", r.Alternative.Select(a => a.Name))}{(r.Post is null ? "" : " [post: " + r.Post + "]")}"));
        }

        foreach (var s in f.SelectionSteps)
        {
            o.WriteLine(string.Create(c, $"   step {s.Order}: {s.Name} [{s.Kind}] {string.Join(", ", s.Dates.Select(x => x.Date.ToString("yyyy-MM-dd", c)))} pts={s.MaxPoints} pass={s.PassMark?.Percent}%{(s.Eliminating ? " eliminating" : "")}"));
        }

        if (f.Salary is { } sal)
        {
            o.WriteLine(string.Create(c, $"   salary ({sal.Period}{(sal.Basis is null ? "" : ", " + sal.Basis)}): {string.Join(", ", sal.Published.Select(p => $"{p.Amount} @{p.SeniorityYears?.ToString(c) ?? "?"}y"))}"));
        }

        o.WriteLine();
    }
}
