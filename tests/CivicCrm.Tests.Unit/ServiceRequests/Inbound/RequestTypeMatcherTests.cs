using CivicCrm.ServiceRequests.Inbound;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.Tests.Unit.ServiceRequests.Inbound;

public class RequestTypeMatcherTests
{
    private static readonly RequestType[] Types =
    [
        new() { Code = "POTHOLE", Name = "Pothole", Keywords = "pothole, hole, road damage, asphalt" },
        new() { Code = "STREETLIGHT", Name = "Street light out", Keywords = "street light, street lamp, lamp post, dark street" },
        new() { Code = "RODENTS", Name = "Rats or mice", Keywords = "rats, rodents, mice, burrows, vermin" },
    ];

    [Theory]
    [InlineData("Huge pothole", "Please fix it.", "POTHOLE")]
    [InlineData("Broken light", "The street lamp on my block is out and it is a dark street at night.", "STREETLIGHT")]
    [InlineData("Help", "I saw rats in the alley behind the bakery.", "RODENTS")]
    [InlineData("Rats!", "Also some road damage nearby.", "RODENTS")] // the subject outweighs the body
    public void Match_ByKeywordsAndName_PicksTheBestType(string subject, string body, string expected) =>
        Assert.Equal(expected, RequestTypeMatcher.Match(Types, subject, body)?.Code);

    [Theory]
    [InlineData("Question", "Who handles my neighbour's chickens?")]
    [InlineData("Potholes?", "")] // plural of a keyword still matches
    public void Match_NoKeyword_ReturnsNull_PluralsStillMatch(string subject, string body)
    {
        var match = RequestTypeMatcher.Match(Types, subject, body);
        Assert.Equal(subject == "Question" ? null : "POTHOLE", match?.Code);
    }

    [Fact]
    public void Match_KeywordInsideAnotherWord_DoesNotCount() =>
        Assert.Null(RequestTypeMatcher.Match(Types, "Whole neighborhood", "Asphaltic surfaces and micelles are not keywords."));
}
