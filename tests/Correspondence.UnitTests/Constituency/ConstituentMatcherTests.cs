using Correspondence.Core.Cases;
using Correspondence.Core.Constituency;

namespace Correspondence.UnitTests.Constituency;

public sealed class ConstituentMatcherTests
{
    private static Constituent Person(long id, string name, string email = "a@example.org", string? postcode = null) =>
        new() { Id = id, Name = name, Email = email, Postcode = postcode, FirstSeenAt = new DateTime(2026, 1, 1).AddDays(id) };

    [Theory]
    [InlineData("John Smith", "john smith")]
    [InlineData("John Smith", "Smith, John")]
    [InlineData("John Smith", "J Smith")]
    [InlineData("John Smith", "J. Smith")]
    [InlineData("Dr John Smith", "John Smith")]
    [InlineData("Siân O'Brien", "Sian OBrien")]
    [InlineData("John Smith", "")]
    [InlineData("", "Jane Smith")]
    [InlineData("John Peter Smith", "John Smith")]
    public void CompatibleNames_SamePerson(string a, string b) => Assert.True(ConstituentMatcher.CompatibleNames(a, b));

    [Theory]
    [InlineData("John Smith", "Jane Smith")]
    [InlineData("John Smith", "Mary Jones")]
    [InlineData("John Smith", "J Jones")]
    [InlineData("J S", "John Smith")] // initials alone never prove it is the same person
    public void CompatibleNames_DifferentPeople(string a, string b) => Assert.False(ConstituentMatcher.CompatibleNames(a, b));

    [Fact]
    public void PickForAddress_SharedFamilyAddress_KeepsPeopleApart()
    {
        var john = Person(1, "John Smith");
        var jane = Person(2, "Jane Smith");
        Assert.Same(jane, ConstituentMatcher.PickForAddress([john, jane], "Jane Smith"));
        Assert.Same(john, ConstituentMatcher.PickForAddress([john, jane], "JOHN SMITH"));
        Assert.Null(ConstituentMatcher.PickForAddress([john, jane], "Peter Smith")); // a third family member: a new record
    }

    [Fact]
    public void PickForAddress_NoName_IsTheNamedOldestRecord()
    {
        var blank = Person(3, "");
        var john = Person(5, "John Smith");
        Assert.Same(john, ConstituentMatcher.PickForAddress([blank, john], ""));
        Assert.Same(blank, ConstituentMatcher.PickForAddress([blank], "Anyone At All"));
        Assert.Null(ConstituentMatcher.PickForAddress([], "John Smith"));
    }

    [Fact]
    public void PickForAddress_ExactNameBeatsAnInitialMatch()
    {
        var js = Person(1, "J Smith");
        var john = Person(2, "John Smith");
        Assert.Same(john, ConstituentMatcher.PickForAddress([js, john], "Smith John"));
    }

    [Fact]
    public void LikelySamePerson_NeedsTheSameFullNameAndFullPostcode()
    {
        var home = Person(1, "John Smith", "john@home.example", "EX1 3QP");
        Assert.True(ConstituentMatcher.LikelySamePerson(home, Person(2, "Smith, John", "john@work.example", "EX1 3QP")));
        Assert.False(ConstituentMatcher.LikelySamePerson(home, Person(3, "John Smith", "x@work.example", "EX1 3QQ")));
        Assert.False(ConstituentMatcher.LikelySamePerson(home, Person(4, "Jane Smith", "x@work.example", "EX1 3QP")));
        Assert.False(ConstituentMatcher.LikelySamePerson(home, Person(5, "J Smith", "x@work.example", "EX1 3QP")));
        Assert.False(ConstituentMatcher.LikelySamePerson(Person(6, "Smith", "a@x.example", "EX1 3QP"), Person(7, "Smith", "b@x.example", "EX1 3QP")));
        Assert.False(ConstituentMatcher.LikelySamePerson(Person(8, "John Smith"), Person(9, "John Smith"))); // no postcode known
        Assert.False(ConstituentMatcher.LikelySamePerson(home, home));
    }
}
