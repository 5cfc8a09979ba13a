using System.Globalization;
using System.Text;
using Assistant.Dialogs.Insights;

namespace Assistant.Cli.Commands;

/// <summary>
/// The insights report as CSV (RFC 4180, comma, header row): <c>kind,date,vacancy_id,intent,label,count,unanswered,down,detail</c>
/// with kind <c>day</c> (questions of a day and intent), <c>cluster</c> (a group of unanswered/👎 questions of a vacancy, its
/// examples in <c>detail</c> separated by " | ") and <c>lint</c> (a finding: field in <c>label</c>, severity and message in <c>detail</c>).
/// </summary>
public static class InsightsCsv
{
    public const string Header = "kind,date,vacancy_id,intent,label,count,unanswered,down,detail";

    public static string Write(InsightsReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var csv = new StringBuilder().Append(Header).Append("\r\n");
        foreach (var day in report.Days)
        {
            foreach (var (intent, count) in day.PerIntent.Where(p => p.Value > 0))
            {
                Row(csv, "day", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", intent, "", count, null, null, "");
            }
        }

        foreach (var vacancy in report.Vacancies)
        {
            foreach (var cluster in vacancy.Clusters)
            {
                Row(csv, "cluster", "", vacancy.VacancyId ?? "", string.Join(" ", cluster.Intents), cluster.Label, cluster.Count, cluster.Unanswered, cluster.Down, string.Join(" | ", cluster.Examples));
            }

            foreach (var flag in vacancy.Lint)
            {
                Row(csv, "lint", "", vacancy.VacancyId ?? "", "", flag.Field, null, null, null, flag.Severity + ": " + flag.Message);
            }
        }

        return csv.ToString();
    }

    private static void Row(StringBuilder csv, string kind, string date, string vacancy, string intent, string label, int? count, int? unanswered, int? down, string detail)
    {
        string[] cells = [kind, date, vacancy, intent, label, Number(count), Number(unanswered), Number(down), detail];
        csv.AppendJoin(',', cells.Select(Escape)).Append("\r\n");
    }

    private static string Number(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "";

    /// <summary>A cell quoted when it holds a comma, quote or line break; a leading = + - @ is prefixed with ' (no formula in a spreadsheet).</summary>
    public static string Escape(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }
}
