using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.Tests.Unit.ServiceRequests;

public class AddressNormalizerTests
{
    [Theory]
    [InlineData("1200 North Main Street", "1200 N MAIN ST")]
    [InlineData("1200 n. main st.", "1200 N MAIN ST")]
    [InlineData("  1200   N  MAIN   ST  ", "1200 N MAIN ST")]
    [InlineData("1200 N Main St, Riverton, IL 60601", "1200 N MAIN ST")]
    [InlineData("1200 north Main Street, Apt. 4", "1200 N MAIN ST APT 4")]
    [InlineData("1200 N MAIN ST APT 4", "1200 N MAIN ST APT 4")]
    [InlineData("1200 N Main St #4", "1200 N MAIN ST APT 4")]
    [InlineData("1200 N Main St, Apt # 4, Riverton", "1200 N MAIN ST APT 4")]
    [InlineData("500 W Madison, Suite 200", "500 W MADISON STE 200")]
    [InlineData("2 Fifth Avenue", "2 5TH AVE")]
    [InlineData("7634 S LOOMIS ST", "7634 S LOOMIS ST")]
    public void SameAddressTypedDifferently_GivesTheSameKey(string typed, string key) =>
        Assert.Equal(key, AddressNormalizer.Normalize(typed));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(", , ,")]
    public void NoAddress_GivesNoKey(string? typed) => Assert.Null(AddressNormalizer.Normalize(typed));

    [Theory]
    [InlineData("1 Main St, Stevensville")]
    [InlineData("1 Main St, Miami, FL 33101")]
    [InlineData("1 Main St, Unity Township")]
    public void ATownOrStateAfterTheComma_IsNotTakenForAUnit(string typed) =>
        Assert.Equal("1 MAIN ST", AddressNormalizer.Normalize(typed));
}
