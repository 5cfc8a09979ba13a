using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Insights;
using Assistant.Tools.Time;

namespace Assistant.Web.Insights;

/// <summary>
/// The markup of <c>/hr/insights</c>, rendered on the server in nl, en or fr (texts from the dialog layer's resources):
/// the period with a "from" date field, the totals, the chart (<see cref="InsightsChart"/>), and per vacancy the clusters of
/// unanswered and 👎 questions with counts and redacted examples, and the lint flags.
/// </summary>
internal static class InsightsPage
{
    public static string Render(InsightsReport report, string lang)
    {
        var html = HtmlEncoder.Default;
        string T(string key, params (string, object?)[] args) => html.Encode(Texts.Get(lang, key, args));
        string Intent(string intent) => Texts.Has(lang, "insights.intent." + intent) ? Texts.Get(lang, "insights.intent." + intent) : intent;
        string Day(DateOnly date) => Format.Date(lang, date);
        var since = Brussels.Today(report.Since);
        var until = Brussels.Today(report.Until);

        var page = new StringBuilder();
        page.Append(CultureInfo.InvariantCulture, $"""
            <!DOCTYPE html>
            <html lang="{lang}">
            <head>
              <meta charset="utf-8">
              <meta name="viewport" content="width=device-width, initial-scale=1">
              <title>{T("insights.title")}</title>
              <link rel="stylesheet" href="/css/site.css">
              <link rel="stylesheet" href="/hr/insights.css">
            </head>
            <body class="insights">
              <header class="site-header">
                <div class="site-header__inner insights__header">
                  <p class="site-header__brand"><span class="site-header__logo" aria-hidden="true"></span><span>{T("insights.title")}</span></p>
                  <nav class="language" aria-label="Taal / Language / Langue">
            """);
        foreach (var l in Texts.Languages)
        {
            var current = l == lang ? " aria-current=\"page\"" : "";
            page.Append(CultureInfo.InvariantCulture, $"<a class=\"language__option\" lang=\"{l}\" href=\"/hr/insights?lang={l}&amp;since={since:yyyy-MM-dd}\"{current}>{l.ToUpperInvariant()}</a>");
        }

        page.Append(CultureInfo.InvariantCulture, $"""
                  </nav>
                </div>
              </header>
              <main class="insights__main" id="main">
                <h1>{T("insights.title")}</h1>
                <form class="insights__period" method="get" action="/hr/insights">
                  <input type="hidden" name="lang" value="{lang}">
                  <label for="since">{T("insights.since")}</label>
                  <input id="since" name="since" type="date" value="{since:yyyy-MM-dd}">
                  <button type="submit">{T("insights.show")}</button>
                  <span>{T("insights.period", ("since", Day(since)), ("until", Day(until)))}</span>
                </form>
                <dl class="insights__totals">
                  <div><dt>{T("insights.questions")}</dt><dd id="total-questions">{report.Questions}</dd></div>
                  <div><dt>{T("insights.unanswered")}</dt><dd id="total-unanswered">{report.Unanswered}</dd></div>
                  <div><dt>{T("insights.up")}</dt><dd id="total-up">{report.Up}</dd></div>
                  <div><dt>{T("insights.down")}</dt><dd id="total-down">{report.Down}</dd></div>
                </dl>
                <section aria-labelledby="chart-heading">
                  <h2 id="chart-heading">{T("insights.chart")}</h2>
            """);
        if (report.Questions == 0)
        {
            page.Append("<p>").Append(T("insights.none")).Append("</p>");
        }
        else
        {
            var description = Texts.Get(lang, "insights.chart.label", ("questions", report.Questions), ("since", Day(since)), ("until", Day(until)));
            page.Append("<div class=\"insights__chart-wrap\">").Append(InsightsChart.Svg(report, Intent, Texts.Get(lang, "insights.chart"), description, Day)).Append("</div>");
            page.Append(InsightsChart.Legend(report, Intent));
        }

        page.Append("</section><section aria-labelledby=\"vacancies-heading\"><h2 id=\"vacancies-heading\">").Append(T("insights.vacancies")).Append("</h2>");
        page.Append("<p class=\"insights__hint\">").Append(T("insights.hint")).Append("</p>");
        foreach (var vacancy in report.Vacancies)
        {
            Vacancy(page, vacancy, lang, Intent);
        }

        page.Append("</section></main></body></html>");
        return page.ToString();
    }

    private static void Vacancy(StringBuilder page, VacancyInsights vacancy, string lang, Func<string, string> intent)
    {
        var html = HtmlEncoder.Default;
        var name = vacancy.VacancyId is null ? Texts.Get(lang, "insights.noVacancy") : vacancy.Title is { Length: > 0 } title ? title : vacancy.VacancyId;
        page.Append("<article class=\"insights__vacancy\"><h3>").Append(html.Encode(name)).Append("</h3>");
        page.Append(CultureInfo.InvariantCulture, $"<p class=\"insights__counts\">{html.Encode(Texts.Get(lang, "insights.questions"))} {vacancy.Questions} · {html.Encode(Texts.Get(lang, "insights.unanswered"))} {vacancy.Unanswered} · 👎 {vacancy.Down} · 👍 {vacancy.Up}");
        if (vacancy.VacancyId is { } id)
        {
            page.Append(" · <code>").Append(html.Encode(id)).Append("</code>");
        }

        page.Append("</p>");
        if (vacancy.Clusters.Count > 0)
        {
            page.Append("<table class=\"insights__clusters\"><thead><tr><th scope=\"col\">").Append(html.Encode(Texts.Get(lang, "insights.cluster")))
                .Append("</th><th scope=\"col\">").Append(html.Encode(Texts.Get(lang, "insights.count")))
                .Append("</th><th scope=\"col\">").Append(html.Encode(Texts.Get(lang, "insights.unanswered")))
                .Append("</th><th scope=\"col\">👎</th><th scope=\"col\">").Append(html.Encode(Texts.Get(lang, "insights.examples"))).Append("</th></tr></thead><tbody>");
            foreach (var cluster in vacancy.Clusters)
            {
                page.Append("<tr><th scope=\"row\">").Append(html.Encode(cluster.Label)).Append("<br><span class=\"insights__intents\">")
                    .Append(html.Encode(string.Join(", ", cluster.Intents.Select(intent)))).Append("</span></th>");
                page.Append(CultureInfo.InvariantCulture, $"<td>{cluster.Count}</td><td>{cluster.Unanswered}</td><td>{cluster.Down}</td><td><ul>");
                foreach (var example in cluster.Examples)
                {
                    page.Append("<li>").Append(html.Encode(example)).Append("</li>");
                }

                page.Append("</ul></td></tr>");
            }

            page.Append("</tbody></table>");
        }

        if (vacancy.Lint.Count > 0)
        {
            page.Append("<details class=\"insights__lint\"><summary>").Append(html.Encode(Texts.Get(lang, "insights.lint")))
                .Append(CultureInfo.InvariantCulture, $" ({vacancy.Lint.Count})</summary><ul>");
            foreach (var flag in vacancy.Lint)
            {
                page.Append("<li><strong>").Append(html.Encode(flag.Severity)).Append("</strong> <code>").Append(html.Encode(flag.Field)).Append("</code> ")
                    .Append(html.Encode(flag.Message)).Append("</li>");
            }

            page.Append("</ul></details>");
        }

        page.Append("</article>");
    }
}
