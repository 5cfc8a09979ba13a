using System.Text.Json;
using Assistant.Core.Answers;
using Assistant.Core.Facts;
using Assistant.Core.Json;
using Assistant.Dialogs.Answering;
using Assistant.Dialogs.Answering.Payloads;
using Assistant.Dialogs.Tests.Cards;

namespace Assistant.Dialogs.Tests.Answering.Payloads;

/// <summary>The answer payload is a closed set of sealed records, written on the wire by their runtime type.</summary>
public sealed class AnswerPayloadsTests
{
    [Fact]
    public void Payloads_AreSealedRecordsOfOneNamespace()
    {
        var payloads = typeof(AnswerKit).Assembly.GetTypes().Where(t => typeof(AnswerPayload).IsAssignableFrom(t)).ToList();

        Assert.True(payloads.Count >= 10, $"only {payloads.Count} payload types found");
        Assert.All(payloads, t => Assert.True(t.IsSealed && t.Namespace == typeof(EligibilityPayload).Namespace, $"{t.FullName} is not a sealed record of the payload namespace"));
        Assert.All(typeof(AnswerPayload).Assembly.GetTypes().Where(t => typeof(AnswerPayload).IsAssignableFrom(t)), t => Assert.Equal(typeof(AnswerPayload), t));
    }

    [Fact]
    public void Serialize_PayloadOfAnAnswer_IsWrittenByItsRuntimeTypeWithoutItsContext()
    {
        var vacancy = new VacancyFacts { Id = "invented-vacancy", Title = "Invented title" };
        var payload = new RankedSalary("invented-vacancy", 2500.5m);
        var answer = new Answer
        {
            Text = "x",
            Language = "en",
            Intent = Intents.Vacancies,
            Source = AnswerSources.Rules,
            Facts = new SalaryRankingPayload([payload]) { Vacancy = vacancy, Now = new DateTimeOffset(2030, 1, 2, 3, 4, 5, TimeSpan.Zero) },
        };

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(answer, FactsJson.Compact));

        var facts = json.RootElement.GetProperty("facts");
        Assert.Equal(["vacancies"], facts.EnumerateObject().Select(p => p.Name));
        Assert.Equal(2500.5m, facts.GetProperty("vacancies")[0].GetProperty("monthly").GetDecimal());
        Assert.Equal("vacancies", json.RootElement.GetProperty("intent").GetString());
        Assert.Equal(JsonValueKind.Null, JsonDocument.Parse(JsonSerializer.Serialize(answer with { Facts = null }, FactsJson.Compact)).RootElement.GetProperty("facts").ValueKind);
    }

    [Fact]
    public async Task Ask_AboutOneVacancy_ThePayloadCarriesThatVacancyAndTheTurnsClock()
    {
        var answer = await SeedAnswers.Ask("Hoe verloopt de selectieprocedure bij de Kamer?");

        var payload = Assert.IsType<SelectionStepsPayload>(answer.Facts);
        Assert.Equal(Assert.Single(answer.VacancyIds), payload.Vacancy?.Id);
        Assert.Equal(SeedAnswers.Now, payload.Now);
        Assert.NotEmpty(payload.SelectionSteps);
    }

    [Fact]
    public async Task Ask_AboutSeveralVacancies_ThePayloadCarriesNoVacancy()
    {
        var answer = await SeedAnswers.Ask("Welke vacatures staan open?");

        Assert.True(answer.VacancyIds.Count > 1);
        Assert.Null(Assert.IsType<OpenVacanciesPayload>(answer.Facts).Vacancy);
    }
}
