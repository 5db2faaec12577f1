using CivicCrm.ServiceRequests.Import;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.Tests.Unit.ServiceRequests.Import;

public class ImportRowParserTests
{
    private static readonly DateTime Now = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    private static ImportRow Row(string? requested = "2020-01-02T03:04:05Z", string? closed = null, string? status = null, string? lat = null, string? lon = null) => new()
    {
        Line = 7, SourceId = " SR-1 ", ServiceCode = "pothole", RequestedDatetime = requested, ClosedDatetime = closed, Status = status,
        Latitude = lat, Longitude = lon,
    };

    private static (ParsedImportRow? Row, List<ImportRowError> Errors) Parse(ImportRow row)
    {
        var errors = new List<ImportRowError>();
        return (ImportRowParser.Parse(row, Now, errors), errors);
    }

    [Fact]
    public void Parse_ValidRow_TrimsUpperCasesTheCodeAndReadsUtc()
    {
        var (row, errors) = Parse(Row(lat: "41.88", lon: "-87.63"));

        Assert.Empty(errors);
        Assert.Equal("SR-1", row!.SourceId);
        Assert.Equal("POTHOLE", row.ServiceCode);
        Assert.Equal(new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc), row.RequestedUtc);
        Assert.Equal(RequestStatus.Submitted, row.Status);
        Assert.Equal((41.88, -87.63), (row.Latitude!.Value, row.Longitude!.Value));
    }

    [Fact]
    public void Parse_OffsetAndSpaceSeparatedTimes_AreConvertedToUtc()
    {
        var (row, _) = Parse(Row("2020-01-02 03:04:05-06:00", "2020-01-03T00:00", "closed"));

        Assert.Equal(new DateTime(2020, 1, 2, 9, 4, 5, DateTimeKind.Utc), row!.RequestedUtc);
        Assert.Equal(new DateTime(2020, 1, 3, 0, 0, 0, DateTimeKind.Utc), row.ClosedUtc);
        Assert.Equal(RequestStatus.Closed, row.Status);
    }

    [Fact]
    public void Parse_MissingRequiredFields_ReportsEachWithTheLine()
    {
        var (row, errors) = Parse(new ImportRow { Line = 3 });

        Assert.Null(row);
        Assert.Equal(["requested_datetime", "service_code", "source_id"], errors.Select(e => e.Field).Order(StringComparer.Ordinal));
        Assert.All(errors, e => Assert.Equal(3, e.Line));
    }

    [Theory]
    [InlineData("31/12/2019", "requested_datetime")]
    [InlineData("2099-01-01T00:00:00Z", "requested_datetime")]
    public void Parse_BadOrFutureTime_NamesTheField(string requested, string field)
    {
        var (row, errors) = Parse(Row(requested));

        Assert.Null(row);
        Assert.Equal(field, Assert.Single(errors).Field);
        Assert.Equal("SR-1", errors[0].SourceId);
    }

    [Theory]
    [InlineData("95", "-87", "lat")]
    [InlineData("41", "east", "long")]
    [InlineData("41", null, "long")]
    public void Parse_BadCoordinates_NamesTheField(string? lat, string? lon, string field)
    {
        var (_, errors) = Parse(Row(lat: lat, lon: lon));

        Assert.Equal(field, Assert.Single(errors).Field);
    }

    [Fact]
    public void Parse_ClosedBeforeRequested_IsAnError()
    {
        var (_, errors) = Parse(Row("2020-01-02T00:00:00Z", "2020-01-01T00:00:00Z", "closed"));

        Assert.Equal("closed_datetime", Assert.Single(errors).Field);
    }

    [Theory]
    [InlineData("open", null, RequestStatus.Submitted)]
    [InlineData("in_progress", null, RequestStatus.InProgress)]
    [InlineData(null, "2020-01-05T00:00:00Z", RequestStatus.Closed)]
    [InlineData("duplicate", null, RequestStatus.Duplicate)]
    public void Parse_Status_MapsOpenClosedAndLifecycleWords(string? status, string? closed, RequestStatus expected)
    {
        var (row, errors) = Parse(Row(closed: closed, status: status));

        Assert.Empty(errors);
        Assert.Equal(expected, row!.Status);
    }

    [Fact]
    public void Parse_ClosedWithoutClosingTime_IsClosedAtItsRequestedTime()
    {
        var (row, _) = Parse(Row(status: "resolved"));

        Assert.Equal(row!.RequestedUtc, row.ClosedUtc);
    }

    [Fact]
    public void Parse_UnknownStatusOrOpenWithClosingTime_NamesStatus()
    {
        Assert.Equal("status", Assert.Single(Parse(Row(status: "teleported")).Errors).Field);
        Assert.Equal("status", Assert.Single(Parse(Row(closed: "2020-01-05T00:00:00Z", status: "open")).Errors).Field);
    }
}
