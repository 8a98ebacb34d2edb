using Correspondence.Core.Campaigns;
using Correspondence.Core.Cases;

namespace Correspondence.UnitTests.Campaigns;

public sealed class PersonalAdditionsTests
{
    private static readonly string[] Campaign =
    [
        "I am writing to urge you to call for an immediate and permanent ceasefire in Gaza.",
        "All hostages must be released, and unrestricted humanitarian aid must be allowed in.",
        "Please tell me what you will do in Parliament.",
    ];

    [Fact]
    public void Find_AddedSentence_EvenWithTyposAndReorderingInTheRest()
    {
        var member = LetterText.Sentences("Please tell me what you will do in Parliament. My daughter is stuck in Gaza and cannot get out.\n\n" +
            "I am writting to urge you to call for an immediate and permanant ceasefire in Gaza.");

        Assert.Equal(["My daughter is stuck in Gaza and cannot get out."], PersonalAdditions.Find(member, Campaign));
    }

    [Theory]
    [InlineData("My daughter is stuck in Gaza and cannot get out.", "personal situation")]
    [InlineData("Could you please look into my case, my benefits stopped in March.", "request for help")]
    [InlineData("I do not feel safe at home and I do not know who else to tell.", "safeguarding concern")]
    [InlineData("I am being evicted next month.", "personal situation")]
    public void CaseworkRules_Match_NameTheKind(string addition, string kind)
    {
        Assert.StartsWith(kind, CaseworkRules.Match([addition]));
    }

    [Theory]
    [InlineData("I have never written to my MP before but I feel very strongly about this.")]
    [InlineData("Many people in our street feel exactly the same way.")]
    [InlineData("As a retired teacher I have followed this closely for years.")]
    public void CaseworkRules_Opinions_AreNotCasework(string addition)
    {
        Assert.Null(CaseworkRules.Match([addition]));
    }

    [Fact]
    public void RenderFor_EachMemberGetsOwnNameAndReference()
    {
        var member = new InboundMessage { FromName = "Lovelace, Ada", FromAddress = "ada@example.org", BodyHash = "", Mailbox = "m", CaseId = 42, Campaign = null };

        var text = CampaignDrafting.RenderFor("Dear {name},\n\nThank you.\n\nYour reference: {reference}\n", member);

        Assert.Equal("Dear Ada Lovelace,\n\nThank you.\n\nYour reference: COR-000042\n", text);
    }

    [Fact]
    public void Problem_DraftWithoutTokens_SaysWhatToAdd()
    {
        Assert.Contains("{name}", CampaignDrafting.Problem("Dear Sir or Madam, ... Your reference: {reference}"));
        Assert.Null(CampaignDrafting.Problem("Dear {name}, ... Your reference: {reference}"));
    }

    [Fact]
    public void SharedSentences_OneWritersAdditionIsNotTheCampaigns()
    {
        IReadOnlyList<IReadOnlyList<string>> letters =
        [
            [.. Campaign, "My son is in hospital in Kyiv."],
            Campaign,
            [Campaign[2], Campaign[0], Campaign[1]],
        ];

        Assert.Equal(Campaign, CampaignNaming.SharedSentences(letters));
    }
}
