using Assistant.Core.Facts;
using Assistant.Dialogs.Cards.Answers;
using Assistant.Tools.Salary;
using static Assistant.Dialogs.Tests.Cards.CardJsonQuery;

namespace Assistant.Dialogs.Tests.Cards;

/// <summary>Salary tables from built facts: computed amounts, unpublished salaries.</summary>
public sealed class SalaryCardTests
{
    private static readonly Citation Quote = new("v", "vacancy.txt", "Verloning", "Bruto maandloon", 0, 15);

    private static readonly Salary Published = new()
    {
        Period = SalaryPeriod.Month,
        Min = 3000m,
        Max = 4000m,
        Published =
        [
            new SalaryPoint { Amount = 4000m, Label = "max", Bound = "max", Citation = Quote },
            new SalaryPoint { Amount = 3300m, SeniorityYears = 5, Label = "5 jaar", Citation = Quote },
            new SalaryPoint { Amount = 3000m, SeniorityYears = 0, Label = "start", Bound = "min", Citation = Quote },
            new SalaryPoint { Amount = 3600m, SeniorityYears = 10, Label = "10 jaar", Citation = Quote },
        ],
    };

    [Fact]
    public void Build_ComputedAmount_IsAddedInOrderAndHighlighted()
    {
        var answer = new SalaryAnswer { VacancyId = "v", Kind = "at-seniority", Salary = Published, SeniorityYears = 7, Computed = 3450.5m };

        var sut = SalaryCard.Build("en", answer)!.ToJson();

        var rows = Assert.Single(OfType(sut, "Table"))["rows"]!.AsArray();
        Assert.Equal(["Start", "5 years", "7 years (calculated)", "10 years", "Maximum"], rows.Skip(1).Select(r => Texts(r)[0]));
        var highlighted = Assert.Single(rows, r => (string?)r!["style"] == "accent");
        Assert.Equal(["7 years (calculated)", "€3,450.50", "per month"], Texts(highlighted));
        Assert.Equal("bolder", (string?)highlighted!["cells"]![0]!["items"]![0]!["weight"]);
    }

    [Fact]
    public void Build_Range_HighlightsNothing()
    {
        var answer = new SalaryAnswer { VacancyId = "v", Kind = "range", Salary = Published };

        var sut = SalaryCard.Build("nl", answer)!.ToJson();

        Assert.DoesNotContain(Assert.Single(OfType(sut, "Table"))["rows"]!.AsArray(), r => r!.AsObject().ContainsKey("style"));
    }

    [Fact]
    public void Build_NotPublished_GivesNoCard()
    {
        Assert.Null(SalaryCard.Build("nl", new SalaryAnswer { VacancyId = "v", Kind = "not-published" }));
    }
}
