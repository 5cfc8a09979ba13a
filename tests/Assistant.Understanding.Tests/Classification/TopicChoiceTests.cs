using Assistant.Understanding.Classification;

namespace Assistant.Understanding.Tests.Classification;

/// <summary>When a question names two topics, the one named first is asked about; the later one names the place.</summary>
public sealed class TopicChoiceTests
{
    [Theory]
    [InlineData("is there staff parking at the daycare in the town hall?", "parking")]
    [InlineData("kan ik parkeren aan het kinderdagverblijf waar ik ga werken?", "parking")]
    [InlineData("is er kinderopvang voor personeel, en kan ik er parkeren?", "childcare")]
    [InlineData("est ce que la ville rembourse les frais de garde d' enfants ?", "childcare")]
    public void TopicNamedFirst_IsTheTopic(string question, string topic) =>
        Assert.Equal(topic, TopicCues.Find(question)?.Name);
}
