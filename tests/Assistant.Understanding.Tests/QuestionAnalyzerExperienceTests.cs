using Assistant.Understanding;

namespace Assistant.Understanding.Tests;

/// <summary>Years and kinds of experience, and what is not experience (seniority, age).</summary>
public sealed class QuestionAnalyzerExperienceTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("Ik heb 3 jaar relevante ervaring.", 3, "relevant")]
    [InlineData("Ik heb 15 jaar relevante ervaring in de privésector.", 15, "private")]
    [InlineData("Ik heb 25 jaar ervaring in de privé.", 25, "private")]
    [InlineData("Ik werk al 5 jaar als zelfstandige.", 5, "self-employed")]
    [InlineData("Ik heb 8 jaar ervaring bij de overheid.", 8, "public")]
    [InlineData("Ik heb tien jaar leidinggevende ervaring.", 10, "leadership")]
    [InlineData("Ik heb twee jaar werkervaring.", 2, "any")]
    [InlineData("Ik heb anderhalf jaar ervaring.", 1.5, "any")]
    [InlineData("Ik heb 18 maanden ervaring.", 1.5, "any")]
    [InlineData("I have three years of relevant experience.", 3, "relevant")]
    [InlineData("I have worked in the private sector for 12 years.", 12, "private")]
    [InlineData("J'ai 15 ans d'expérience pertinente dans le secteur privé.", 15, "private")]
    [InlineData("J'ai cinq ans d'expérience.", 5, "any")]
    [InlineData("kheb 4 jaar ervaring bij een gemeente", 4, "public")]
    [InlineData("Ik ben 15 jaar zelfstandig boekhouder geweest.", 15, "self-employed")]
    [InlineData("Ik was 5 jaar zelfstandig onthaalouder. Telt dat mee voor mijn loon?", 5, "self-employed")]
    [InlineData("Ik rij al 20 jaar met de bus voor een reisbedrijf.", 20, "private")]
    [InlineData("Ik heb 9 jaar gereden voor een koeriersbedrijf.", 9, "private")]
    [InlineData("Ik heb 6 jaar ervaring bij een autonoom gemeentebedrijf.", 6, "public")]
    public void Analyze_ExperienceStatement_ReadsYearsAndKind(string text, double years, string kind)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
        Assert.Equal(kind, sut.Kind);
    }

    [Theory]
    [InlineData("Ik heb een bachelor en 4 jaar projectmanagement bij een ingenieursbureau.", 4)]
    [InlineData("J'ai un bachelier et 5 ans de gestion de projets dans une ONG.", 5)]
    [InlineData("I have a bachelor's degree and 6 years of project management behind me.", 6)]
    [InlineData("Ik heb 3 jaar klantenonthaal gedaan in een hotel.", 3)]
    [InlineData("J'ai 7 ans d'enseignement en primaire.", 7)]
    public void Analyze_YearsOfANamedActivityWithoutTheWordExperience_AreExperience(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
    }

    [Theory]
    [InlineData("Ik heb 3 jaar boekhouding gevolgd in het avondonderwijs.")]
    [InlineData("I did 4 years of training as a nurse.")]
    [InlineData("J'ai fait 3 ans de formation en alternance.")]
    public void Analyze_YearsOfStudyOrTraining_AreNoExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Experience);
    }

    [Theory]
    [InlineData("I worked as a legal adviser from 2012 to 2016, since then I've been a school teacher.", 4)]
    [InlineData("Van 2015 tot 2019 werkte ik als boekhouder bij een bank.", 4)]
    [InlineData("J'ai travaillé comme infirmière de 2010 à 2017.", 7)]
    [InlineData("Tussen 2018 en 2021 was ik in dienst bij een gemeente.", 3)]
    public void Analyze_WorkOverASpanOfYears_IsThoseYears(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
    }

    [Theory]
    [InlineData("I worked as a legal adviser, now I teach. Can I apply?", true)]
    [InlineData("Ik heb wat ervaring in de zorg, maak ik kans?", true)]
    [InlineData("J'ai travaillé comme secrétaire, est-ce que je peux postuler ?", true)]
    [InlineData("Is ervaring nodig voor deze job?", null)]
    [InlineData("Do I need experience for this job?", null)]
    [InlineData("Ik heb 3 jaar ervaring als kok.", null)]
    public void Analyze_WorkWithoutYears_IsMentioned(string text, bool? mentioned)
    {
        Assert.Equal(mentioned, _sut.Analyze(text).Profile.WorkMentioned);
    }

    [Theory]
    [InlineData("Ik studeerde van 2012 tot 2016 rechten in Gent.")]
    [InlineData("From 2015 to 2019 I went to school in Ghent.")]
    public void Analyze_SpanOfStudy_IsNoExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Experience);
    }

    [Theory]
    [InlineData("Ik heb nog nooit in de thuiszorg gewerkt.")]
    [InlineData("Ik heb nooit als lasser gewerkt, wel een diploma.")]
    [InlineData("I have never worked in construction.")]
    public void Analyze_NeverWorkedInADomain_IsZeroYears(string text)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal(0m, sut.Years);
    }

    [Theory]
    [InlineData("Ik heb 4 jaar heftruckchauffeur bij een bouwfirma gedaan.", 4, "domain:heftruckchauffeur")]
    [InlineData("Rijbewijs C en 7 jaar schrijnwerker bij een aannemer.", 7, "domain:schrijnwerker")]
    [InlineData("I was 6 years receptionist at a hotel.", 6, "domain:receptionist")]
    public void Analyze_JobTitleHeldForYearsAtAnEmployer_IsExperienceInThatJob(string text, double years, string kind)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
        Assert.Equal(kind, sut.Kind);
    }

    [Theory]
    [InlineData("Ik heb 2 jaar stage bij een architectenbureau gedaan.")]
    [InlineData("Ik was 3 jaar vrijwilliger bij een jeugdbeweging.")]
    [InlineData("Ik ben 5 jaar klant bij de bank.")]
    public void Analyze_YearsOfSomethingThatIsNoJobAtAnEmployer_IsNoExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Experience);
    }

    [Theory]
    [InlineData("Ik heb 2 jaar ervaring als managementassistent.", "domain:managementassistent", "als managementassistent")]
    [InlineData("Ik heb 1 jaar ervaring met sociale media.", "domain:sociale media", "met sociale media")]
    [InlineData("Ik heb 3 jaar ervaring in de welzijnssector.", "domain:welzijnssector", "in de welzijnssector")]
    public void Analyze_ExperienceInADomain_KeepsTheUsersWords(string text, string kind, string description)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal(kind, sut.Kind);
        Assert.Equal(description, sut.Description);
    }

    [Fact]
    public void Analyze_RelevantExperienceInASector_KeepsRelevantInTheDescription()
    {
        var sut = Assert.Single(_sut.Analyze("Ik heb 15 jaar relevante ervaring in de privésector.").Profile.Experience);

        Assert.Equal(("private", "relevante ervaring in de privésector"), (sut.Kind, sut.Description));
    }

    [Theory]
    [InlineData("Ik heb nog geen werkervaring.")]
    [InlineData("Ik ben net afgestudeerd en heb geen ervaring.")]
    [InlineData("I have no experience.")]
    [InlineData("Je n'ai pas d'expérience.")]
    public void Analyze_NoExperience_IsZeroYearsOfAnyKind(string text)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal(0, sut.Years);
        Assert.Equal("any", sut.Kind);
    }

    [Fact]
    public void Analyze_TwoKindsInOneSentence_GivesTwoEntries()
    {
        var sut = _sut.Analyze("Ik heb 2 jaar in de privé en 3 jaar bij de overheid gewerkt.").Profile.Experience;

        Assert.Equal([(2m, "private"), (3m, "public")], sut.Select(e => (e.Years, e.Kind)));
    }

    [Theory]
    [InlineData("Hoeveel verdien ik met 12 jaar anciënniteit?", 12)]
    [InlineData("Wat is mijn loon na 10 jaar?", 10)]
    [InlineData("What is the salary with 8 years of seniority?", 8)]
    public void Analyze_Seniority_IsNotExperience(string text, int years)
    {
        var sut = _sut.Analyze(text);

        Assert.Equal(years, sut.SeniorityYears);
        Assert.Empty(sut.Profile.Experience);
        Assert.Equal(("salary", "at-seniority"), (sut.Intent, sut.Aspect));
    }

    [Theory]
    [InlineData("Ik ben 45 jaar.")]
    [InlineData("De wervingsreserve is 2 jaar geldig.")]
    [InlineData("Ik ben 45 jaar en heb een master.")]
    public void Analyze_OtherDurations_AreNotExperience(string text)
    {
        Assert.Empty(_sut.Analyze(text).Profile.Experience);
    }

    [Fact]
    public void Analyze_AgeAndExperience_KeepsOnlyTheExperience()
    {
        var sut = Assert.Single(_sut.Analyze("Ik ben 45 jaar en heb twintig jaar werkervaring.").Profile.Experience);

        Assert.Equal(20, sut.Years);
    }

    [Theory]
    [InlineData("Ik heb 3 jaar ervaring als ploegbaas bij een aannemer.", 3)]
    [InlineData("Ik werkte 4 jaar als meewerkend voorman in de bouw.", 4)]
    [InlineData("I worked 5 years as a shift leader in a warehouse.", 5)]
    [InlineData("J'ai travaillé 6 ans comme contremaître sur des chantiers.", 6)]
    [InlineData("Ik heb 2 jaar gewerkt als ploegleider in de groendienst.", 2)]
    public void Analyze_YearsInALeadingRole_IsLeadership(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal(("leadership", (decimal)years), (sut.Kind, sut.Years));
    }

    [Theory]
    [InlineData("Ik heb 10 jaar ervaring in de bouw, waarvan 2 jaar als ploegbaas.", 10, 2)]
    [InlineData("I have 8 years of experience, of which 3 years as a team leader.", 8, 3)]
    [InlineData("J'ai 7 ans d'expérience, dont 2 ans comme chef d'équipe.", 7, 2)]
    // A bare role with its years ("6 jaar boekhouder, waarvan 2 jaar diensthoofd"), no word of experience: the same whole and part.
    [InlineData("master economie, 6 jaar boekhouder waarvan 2 jaar diensthoofd. kan ik meedoen?", 6, 2)]
    [InlineData("bachelor, 9 jaar verpleegkundige, waarvan 3 jaar als leidinggevende", 9, 3)]
    [InlineData("master, 7 years analyst of which 2 years team leader", 7, 2)]
    public void Analyze_PartOfTheYears_KeepsTheTotal(string text, double total, double leading)
    {
        var experience = _sut.Analyze(text).Profile.Experience;

        Assert.Equal((decimal)total, experience.Sum(e => e.Years));
        Assert.Equal((decimal)leading, experience.Where(e => e.Kind == "leadership").Sum(e => e.Years));
    }

    [Theory]
    [InlineData("Ik heb 6 jaar ervaring bij de gemeente, maar ik heb nooit leiding gegeven.")]
    [InlineData("Ik heb nog nooit een ploeg aangestuurd.")]
    [InlineData("I have 5 years of experience but I have never managed a team.")]
    [InlineData("I've never been a supervisor.")]
    [InlineData("J'ai 4 ans d'expérience mais je n'ai jamais dirigé d'équipe.")]
    public void Analyze_NeverLed_IsZeroLeadership(string text)
    {
        var experience = _sut.Analyze(text).Profile.Experience;

        Assert.Contains(experience, e => e is { Kind: "leadership", Years: 0 });
        Assert.DoesNotContain(experience, e => e.Kind == "leadership" && e.Years > 0);
    }

    [Theory]
    [InlineData("Ik heb 5 jaar ervaring, kan ik ploegbaas worden?")]
    [InlineData("I have 4 years of experience, can I become a shift leader?")]
    [InlineData("Ik heb 5 jaar ervaring in de groendienst en wil solliciteren als ploegbaas.")]
    [InlineData("I have 6 years of experience in warehouses and would like to apply as a shift leader.")]
    [InlineData("J'ai 5 ans d'expérience dans la construction et je voudrais postuler comme contremaître.")]
    public void Analyze_LeadingRoleAskedFor_IsNoLeadershipExperience(string text)
    {
        Assert.DoesNotContain(_sut.Analyze(text).Profile.Experience, e => e.Kind == "leadership");
    }

    [Theory]
    [InlineData("J'ai travaillé 2 ans et demi comme secrétaire dans une école.", 2.5)]
    [InlineData("Ik werkte 3 jaar als secretaresse in een school.", 3)]
    [InlineData("I worked 4 years as a secretary at a school.", 4)]
    [InlineData("Ik werkte 5 jaar en half als secretaresse in een school.", 5.5)]
    [InlineData("Ik werkte 2 jaar en een half als secretaresse in een school.", 2.5)]
    public void Analyze_RoleAtAWorkplace_TheRoleIsTheKind(string text, double years)
    {
        var sut = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Equal((decimal)years, sut.Years);
        Assert.StartsWith("domain:secr", sut.Kind);
    }
}

/// <summary>A working time before a job title held at an employer is no title of its own. Invented sentences.</summary>
public sealed class Elig18WorkingTimeTitleTests
{
    private readonly QuestionAnalyzer _sut = UnderstandingTestData.OtherAnalyzer;

    [Theory]
    [InlineData("ik heb 3 jaar voltijds chauffeur bij een transportfirma gedaan, kan ik solliciteren?", "chauffeur")]
    [InlineData("4 jaar deeltijds kassier bij een supermarkt, mag ik meedoen?", "kassier")]
    [InlineData("ik was 5 jaar halftijds boekhouder bij een kmo", "boekhouder")]
    public void Analyze_WorkingTimeBeforeATitleAtAnEmployer_TitleIsTheDomain(string text, string title)
    {
        var e = Assert.Single(_sut.Analyze(text).Profile.Experience);

        Assert.Contains(title, e.Kind + " " + e.Description, StringComparison.Ordinal);
        Assert.DoesNotContain("domain:voltijds", e.Kind, StringComparison.Ordinal);
    }
}
