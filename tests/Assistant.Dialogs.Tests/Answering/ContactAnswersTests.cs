namespace Assistant.Dialogs.Tests.Answering;

/// <summary>Contact questions over the seed vacancies.</summary>
public sealed class ContactAnswersTests
{
    [Theory]
    [InlineData("Wat is het telefoonnummer voor de vacature in Harelbeke?", "geen telefoonnummer")]
    [InlineData("What is the phone number for the job in Harelbeke?", "no phone number")]
    [InlineData("Quel est le numéro de téléphone pour le poste à Harelbeke ?", "pas de numéro")]
    public async Task PhoneAsked_NonePublished_SaysSoWithTheEmail(string question, string said)
    {
        var sut = await new Conversation().Says(question);

        Assert.Equal(("contact", "none"), (sut.Intent, sut.Source));
        Assert.Contains(said, sut.Text, StringComparison.Ordinal);
        Assert.Contains("@harelbeke.be", sut.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PhoneAsked_Published_GivesIt()
    {
        var sut = await new Conversation().Says("Wat is het telefoonnummer voor de vacature in Kortrijk?");

        Assert.Equal("rules", sut.Source);
        Assert.Matches(@"\d{3} \d{2} \d{2} \d{2}", sut.Text);
    }
}
