using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.Tests.Unit.ServiceRequests;

public class WardLocatorTests
{
    // An L-shaped ward: the notch at the top right is outside although it is inside the bounding box.
    private const string LShape = "[[0,0],[4,0],[4,2],[2,2],[2,4],[0,4],[0,0]]";

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(3, 1, true)]
    [InlineData(1, 3, true)]
    [InlineData(3, 3, false)]
    [InlineData(5, 1, false)]
    [InlineData(-1, 1, false)]
    public void APointIsInTheWard_OnlyInsideItsOutline(double longitude, double latitude, bool inside) =>
        Assert.Equal(inside, WardArea.Of(new Ward { Code = "1", Boundary = LShape }).Contains(latitude, longitude));

    [Theory]
    [InlineData("[[0,0],[1,1]]")]
    [InlineData("[[0,0],[0,0],[0,0],[0,0]]")]
    [InlineData("[[0,0],[1,0],[200,1]]")]
    [InlineData("[[0,0,0],[1,0],[1,1]]")]
    [InlineData("{\"type\":\"Polygon\"}")]
    [InlineData("not json")]
    public void ABoundaryThatIsNotARing_IsRefused(string json) =>
        Assert.Null(WardLocator.ParseBoundary(json));

    [Fact]
    public void AWardWithoutAUsableBoundary_HoldsNoPoint() =>
        Assert.False(WardArea.Of(new Ward { Code = "9", Boundary = "[]" }).Contains(0, 0));
}
