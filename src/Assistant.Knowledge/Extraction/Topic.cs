namespace Assistant.Knowledge.Extraction;

/// <summary>What a section is about, judged from its heading (inherited from the section before when the heading says nothing).</summary>
public enum Topic
{
    Unknown,
    Intro,
    Tasks,
    Profile,
    Requirements,
    Offer,
    Salary,
    Benefits,
    Selection,
    Application,
    Reserve,
    Contact,
}
