using CivicCrm.Open311.Wire;
using CivicCrm.ServiceRequests;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace CivicCrm.Open311.Endpoints;

/// <summary><c>GET services.{format}</c> and <c>GET services/{code}.{format}</c>: request types and their questions as attributes.</summary>
public static class ServiceEndpoints
{
    public static void MapOpen311Services(this IEndpointRouteBuilder group)
    {
        group.MapGet("/services.{format}", async (string format, HttpContext http, Open311Gate gate, IRequestTypeCatalog catalog, CancellationToken ct) =>
        {
            var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
            if (call is null)
            {
                return refusal!;
            }

            var types = await catalog.ListAsync(ct);
            return call.Ok("services", new Open311List("service", types.Select(t => (object?)new Open311Object()
                .Set("service_code", t.Code)
                .Set("service_name", t.Name)
                .Set("description", t.Description)
                .Set("metadata", t.Questions.Count > 0)
                .Set("type", call.Settings.IsBatch(t.Code) ? "batch" : "realtime")
                .Set("keywords", t.Keywords)
                .Set("group", t.Group)).ToList()));
        });

        group.MapGet("/services/{serviceCode}.{format}", async (string serviceCode, string format, HttpContext http, Open311Gate gate, IRequestTypeCatalog catalog, CancellationToken ct) =>
        {
            var (call, refusal) = await gate.EnterAsync(http, format, null, ct);
            if (call is null)
            {
                return refusal!;
            }

            if (await catalog.FindAsync(serviceCode, ct) is not { } type)
            {
                return call.Error(StatusCodes.Status404NotFound, $"service_code '{serviceCode}' was not found.");
            }

            return call.Ok("service_definition", new Open311Object()
                .Set("service_code", type.Code)
                .Set("attributes", new Open311List("attribute", type.Questions.Select(Attribute).ToList())));
        });
    }

    private static object? Attribute(QuestionInfo question)
    {
        var attribute = new Open311Object()
            .Set("variable", true)
            .Set("code", question.Code)
            .Set("datatype", question.DataType)
            .Set("required", question.Required)
            .Set("datatype_description", question.HelpText ?? DatatypeDescription(question.DataType))
            .Set("order", question.Order)
            .Set("description", question.Label);
        if (question.DataType is "singlevaluelist" or "multivaluelist")
        {
            attribute.Set("values", new Open311List("value", question.Values.Select(v => (object?)new Open311Object().Set("key", v.Key).Set("name", v.Name)).ToList()));
        }

        return attribute;
    }

    private static string DatatypeDescription(string datatype) => datatype switch
    {
        "number" => "A number, e.g. 3 or 2.5.",
        "datetime" => "A date and time in ISO 8601 with an offset, e.g. 2026-05-01T14:30:00-05:00.",
        "text" => "Free text, several lines allowed.",
        "singlevaluelist" => "One of the listed keys.",
        "multivaluelist" => "One or more of the listed keys, each sent as attribute[code][]=key.",
        _ => "A short text.",
    };
}
