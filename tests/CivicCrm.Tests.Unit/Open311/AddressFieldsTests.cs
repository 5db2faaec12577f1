using CivicCrm.Open311.Endpoints;

namespace CivicCrm.Tests.Unit.Open311;

public class AddressFieldsTests
{
    [Theory]
    [InlineData("1200 Main Street, Riverton, OH 44101", "44101")]
    [InlineData("1200 Main Street, Riverton, OH 44101-1234", "44101-1234")]
    [InlineData("Main St & 3rd Ave 44102", "44102")]
    [InlineData("1200 Main Street,44101 ", "44101")]
    public void ZipCode_AddressEndingInAZip_IsThatZip(string address, string expected) =>
        Assert.Equal(expected, AddressFields.ZipCode(address));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("1200 Main Street")]
    [InlineData("44101 Main Street")]
    [InlineData("12345")]
    [InlineData("Lot 123456")]
    [InlineData("Riverton OH 4410")]
    [InlineData("Riverton OH 44101-12")]
    [InlineData("Riverton OH 44101, USA")]
    [InlineData("address id 44101")]
    public void ZipCode_NoTrailingZip_IsNull(string? address) => Assert.Null(AddressFields.ZipCode(address));

    [Fact]
    public void AddressId_FiledWithAnAddressId_IsThatId()
    {
        var address = AddressFields.AddressText("AB-1234");

        Assert.Equal("address id AB-1234", address);
        Assert.Equal("AB-1234", AddressFields.AddressId(address));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("1200 Main Street, Riverton, OH 44101")]
    [InlineData("address id ")]
    [InlineData("Address ID 12 is what the app said")]
    public void AddressId_FiledWithoutOne_IsNull(string? address) => Assert.Null(AddressFields.AddressId(address));
}
