using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Assistant.Dialogs.Insights;

namespace Assistant.Web.Insights;

/// <summary>
/// The questions-per-day chart as inline SVG, drawn on the server (no script, nothing fetched): one stacked bar per day,
/// one colour per intent (the legend names them), the day's total above its bar, a date under every few bars, and a
/// <c>title</c>/<c>desc</c> and <c>role="img"</c> for screen readers (the tables below carry the same numbers).
/// </summary>
internal static class InsightsChart
{
    /// <summary>Colours that stay apart for the usual colour-vision deficiencies (Okabe–Ito), darkened for contrast on white.</summary>
    private static readonly string[] Palette = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#8F7200", "#56B4E9", "#6B4C9A", "#000000", "#999933", "#882255", "#44AA99", "#555555"];

    private const int Height = 220;
    private const int Top = 18;
    private const int Bottom = 28;
    private const int Left = 34;

    public static string Svg(InsightsReport report, Func<string, string> intentLabel, string title, string description, Func<DateOnly, string> dayLabel)
    {
        var days = report.Days;
        var barWidth = days.Count > 60 ? 6 : days.Count > 31 ? 10 : 18;
        var gap = barWidth / 3;
        var width = Left + Math.Max(1, days.Count) * (barWidth + gap) + 10;
        var max = Math.Max(1, days.Count == 0 ? 0 : days.Max(d => d.Total));
        var plot = Height - Top - Bottom;
        var html = HtmlEncoder.Default;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insights__chart\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" viewBox=\"0 0 {width} {Height}\" width=\"{width}\" height=\"{Height}\">");
        svg.Append("<title id=\"chart-title\">").Append(html.Encode(title)).Append("</title>");
        svg.Append("<desc id=\"chart-desc\">").Append(html.Encode(description)).Append("</desc>");

        // The scale: 0 and the maximum, with a baseline.
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{Left - 4}\" y1=\"{Top + plot}\" x2=\"{width - 6}\" y2=\"{Top + plot}\" stroke=\"#5a6b80\"/>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Top + plot}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\" fill=\"#333\">0</text>");
        svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{Left - 8}\" y=\"{Top}\" text-anchor=\"end\" dominant-baseline=\"middle\" font-size=\"11\" fill=\"#333\">{max}</text>");
        var labelEvery = Math.Max(1, (int)Math.Ceiling(days.Count / 8.0));
        for (var i = 0; i < days.Count; i++)
        {
            var day = days[i];
            var x = Left + i * (barWidth + gap);
            var y = (double)(Top + plot);
            for (var s = 0; s < report.Intents.Count; s++)
            {
                var count = day.PerIntent.GetValueOrDefault(report.Intents[s]);
                if (count == 0)
                {
                    continue;
                }

                var h = (double)plot * count / max;
                y -= h;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{y:0.#}\" width=\"{barWidth}\" height=\"{h:0.#}\" fill=\"{Palette[s % Palette.Length]}\">");
                svg.Append("<title>").Append(html.Encode($"{dayLabel(day.Date)}: {intentLabel(report.Intents[s])} {count}")).Append("</title></rect>");
            }

            if (day.Total > 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + barWidth / 2.0:0.#}\" y=\"{y - 3:0.#}\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">{day.Total}</text>");
            }

            if (i % labelEvery == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height - 10}\" font-size=\"10\" fill=\"#333\">{html.Encode(day.Date.ToString("dd/MM", CultureInfo.InvariantCulture))}</text>");
            }
        }

        svg.Append("</svg>");
        return svg.ToString();
    }

    /// <summary>The legend: a colour swatch (SVG) and the intent's name per series.</summary>
    public static string Legend(InsightsReport report, Func<string, string> intentLabel)
    {
        var html = HtmlEncoder.Default;
        var legend = new StringBuilder("<ul class=\"insights__legend\">");
        for (var s = 0; s < report.Intents.Count; s++)
        {
            legend.Append("<li><svg width=\"12\" height=\"12\" aria-hidden=\"true\"><rect width=\"12\" height=\"12\" fill=\"")
                .Append(Palette[s % Palette.Length]).Append("\"/></svg> ")
                .Append(html.Encode(intentLabel(report.Intents[s]))).Append("</li>");
        }

        return legend.Append("</ul>").ToString();
    }
}
