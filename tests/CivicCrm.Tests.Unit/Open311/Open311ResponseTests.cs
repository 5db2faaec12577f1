using System.Text;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CivicCrm.Open311.Wire;
using Microsoft.AspNetCore.Http;

namespace CivicCrm.Tests.Unit.Open311;

public class Open311ResponseTests
{
    private static readonly TimeZoneInfo Chicago = TimeZoneInfo.FindSystemTimeZoneById("America/Chicago");

    private static Open311List Tree() => new("request",
    [
        new Open311Object().Set("service_request_id", "7K3M-9QXD").Set("lat", 41.5).Set("metadata", true).Set("address_id", null)
            .Set("requested_datetime", new DateTime(2026, 12, 3, 18, 0, 0, DateTimeKind.Utc))
            .Set("values", new Open311List("value", [new Open311Object().Set("key", "a").Set("name", "Ä & <b>")])),
    ]);

    private static async Task<(string Body, string ContentType)> RenderAsync(Open311Format format)
    {
        var context = new DefaultHttpContext();
        var body = new MemoryStream();
        context.Response.Body = body;
        await new Open311Response(200, "service_requests", Tree(), format, Chicago).ExecuteAsync(context);
        return (Encoding.UTF8.GetString(body.ToArray()), context.Response.ContentType!);
    }

    [Fact]
    public async Task Xml_HasTheWrappersNoNamespaceAndLocalTimeWithOffset()
    {
        var (body, type) = await RenderAsync(Open311Format.Xml);

        Assert.Equal("text/xml; charset=utf-8", type);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?><service_requests><request>", body, StringComparison.Ordinal);
        var request = XDocument.Parse(body).Root!.Element("request")!;
        Assert.Equal("2026-12-03T12:00:00-06:00", request.Element("requested_datetime")!.Value);
        Assert.Equal("true", request.Element("metadata")!.Value);
        Assert.True(request.Element("address_id")!.IsEmpty);
        Assert.Equal("Ä & <b>", request.Element("values")!.Element("value")!.Element("name")!.Value);
    }

    [Fact]
    public async Task Json_MapsWrappersToArrays_IdsStayStrings_NullsStayNull()
    {
        var (body, type) = await RenderAsync(Open311Format.Json);

        Assert.Equal("application/json; charset=utf-8", type);
        var request = JsonNode.Parse(body)!.AsArray()[0]!;
        Assert.Equal("7K3M-9QXD", request["service_request_id"]!.GetValue<string>());
        Assert.Equal(41.5, request["lat"]!.GetValue<double>());
        Assert.Null(request["address_id"]);
        Assert.Equal("a", request["values"]![0]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task Errors_AreTheSpecList()
    {
        var context = new DefaultHttpContext { Response = { Body = new MemoryStream() } };
        await Open311Response.Errors(403, Open311Format.Json, new Open311Error(403, "api_key was not provided.")).ExecuteAsync(context);

        context.Response.Body.Position = 0;
        var errors = JsonNode.Parse(context.Response.Body)!.AsArray();
        Assert.Equal(403, context.Response.StatusCode);
        Assert.Equal(403, errors[0]!["code"]!.GetValue<int>());
        Assert.Equal("api_key was not provided.", errors[0]!["description"]!.GetValue<string>());
    }
}
