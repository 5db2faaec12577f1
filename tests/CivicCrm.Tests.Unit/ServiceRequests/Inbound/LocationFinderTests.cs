using CivicCrm.ServiceRequests.Inbound;

namespace CivicCrm.Tests.Unit.ServiceRequests.Inbound;

public class LocationFinderTests
{
    [Theory]
    [InlineData("There is a pothole at 1400 Elm Street, by the school.", "1400 Elm Street")]
    [InlineData("Graffiti on the wall near 22 N Market St. Please clean.", "22 N Market St")]
    [InlineData("Tree down in front of 7 Old Mill Road", "7 Old Mill Road")]
    [InlineData("Dead raccoon AT 305b Lakeshore Blvd since Monday", "305b Lakeshore Blvd")]
    public void Find_StreetAddressAfterAPreposition_ReturnsIt(string text, string expected) =>
        Assert.Equal(expected, LocationFinder.Find(text).Address);

    [Fact]
    public void Find_DecimalCoordinates_ReturnsThePoint()
    {
        var found = LocationFinder.Find("Dropped pin: 41.88321, -87.63241 (sent from my phone)");

        Assert.Equal(41.88321, found.Latitude);
        Assert.Equal(-87.63241, found.Longitude);
        Assert.Null(found.Address);
    }

    [Theory]
    [InlineData("My street has been dark for 3 days.")]
    [InlineData("Call me at 555-0134 please")]
    [InlineData("Temperatures 120.500, 300.250 today")]
    public void Find_NoAddressOrPlausiblePoint_ReturnsNothing(string text) =>
        Assert.Equal(new FoundLocation(null, null, null), LocationFinder.Find(text));
}
