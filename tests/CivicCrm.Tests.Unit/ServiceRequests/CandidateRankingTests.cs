using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.Tests.Unit.ServiceRequests;

/// <summary>What a city calls "the original": the same address first, then the earliest report, then the nearest.</summary>
public class CandidateRankingTests
{
    private static readonly DateTime Now = new(2026, 12, 4, 15, 0, 0, DateTimeKind.Utc);
    private static readonly RequestType Type = new() { Code = "POTHOLE", Name = "Pothole", DuplicateRadiusMeters = 50, DuplicateWindowDays = 30 };
    private const double Lat = 41.88;
    private const double Lon = -87.63;

    private static Problem At(double metresNorth, int daysAgo, string? address = null) => new()
    {
        RequestTypeCode = "POTHOLE", Latitude = Lat + metresNorth / 111_320, Longitude = Lon, NormalizedAddress = address,
        CreatedUtc = Now.AddDays(-daysAgo),
    };

    private static double Score(Problem problem, string? address = null) =>
        DuplicateCandidateFinder.Rank(problem, Type, Lat, Lon, address, Now).Score;

    [Fact]
    public void SameAddress_BeatsANearerNewerAndOlderPoint()
    {
        var sameAddress = At(45, 1, "1200 N MAIN ST");
        var nearAndOld = At(2, 29);

        Assert.True(Score(sameAddress, "1200 N MAIN ST") > Score(nearAndOld, "1200 N MAIN ST"));
    }

    [Fact]
    public void AmongPoints_TheEarlierReportIsTheOriginal_EvenIfSlightlyFarther()
    {
        Assert.True(Score(At(30, 20)) > Score(At(5, 2)));
    }

    [Fact]
    public void SameAge_TheNearerOneRanksFirst()
    {
        Assert.True(Score(At(5, 10)) > Score(At(40, 10)));
    }

    [Fact]
    public void Distance_IsReportedInMetres()
    {
        var (_, _, distance, sameAddress) = DuplicateCandidateFinder.Rank(At(25, 3), Type, Lat, Lon, null, Now);

        Assert.InRange(distance!.Value, 24.5, 25.5);
        Assert.False(sameAddress);
    }
}
