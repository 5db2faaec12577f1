using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.Tests.Unit.ServiceRequests;

public class PublicAddressTests
{
    [Theory]
    [InlineData("1200 Main St Apt 4B", "1200 Main St")]
    [InlineData("1200 Main St Apt. #4, Riverton", "1200 Main St, Riverton")]
    [InlineData("1200 Main St, Apt 4, Riverton, IL 60601", "1200 Main St, Riverton, IL 60601")]
    [InlineData("77 Birch Avenue #12", "77 Birch Avenue")]
    [InlineData("77 Birch Avenue, #12", "77 Birch Avenue")]
    [InlineData("500 Lake Shore Dr Suite 200", "500 Lake Shore Dr")]
    [InlineData("9 Elm Street Unit B", "9 Elm Street")]
    [InlineData("9 Elm Street Fl 3, Miami, FL 33101", "9 Elm Street, Miami, FL 33101")]
    [InlineData("12 Unit Road", "12 Unit Road")]
    [InlineData("40 Suite Lane, Riverton", "40 Suite Lane, Riverton")]
    [InlineData("Main St and 5th Ave", "Main St and 5th Ave")]
    [InlineData("1 Apt Way", "1 Apt Way")]
    public void TheUnitIsLeftOut_TheBuildingAndTownStay(string address, string shown) =>
        Assert.Equal(shown, PublicAddress.Of(address));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void NoAddress_StaysNoAddress(string? address) =>
        Assert.Equal(address, PublicAddress.Of(address));
}
