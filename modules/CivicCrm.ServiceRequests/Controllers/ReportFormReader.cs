using System.Globalization;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using CivicCrm.ServiceRequests.ViewModels;
using Microsoft.AspNetCore.Http;

namespace CivicCrm.ServiceRequests.Controllers;

/// <summary>Reads the report form that the resident page and the call-taker screen share.</summary>
internal static class ReportFormReader
{
    public static ReportForm Read(IFormCollection form, RequestType type) => new()
    {
        Type = type,
        Description = Text(form["description"]),
        Address = Text(form["address"]),
        Latitude = Text(form["lat"]),
        Longitude = Text(form["long"]),
        Name = Text(form["name"]),
        Email = Text(form["email"]),
        Phone = Text(form["phone"]),
        Answers = type.Questions.ToDictionary(q => q.Code, q => form[$"attribute[{q.Code}]"].Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v!).ToArray()),
    };

    /// <summary>
    /// The intake request a posted report form describes, with coordinate errors collected separately; a
    /// <c>problem_id</c> means the reporter chose an existing problem among the candidates.
    /// </summary>
    public static (IntakeRequest Request, Dictionary<string, string[]> Errors) ToIntake(
        ReportForm model, IFormCollection form, Channel channel, string? createdBy)
    {
        var errors = new Dictionary<string, string[]>();
        var lat = Coordinate(model.Latitude, "lat", errors);
        var lon = Coordinate(model.Longitude, "long", errors);
        var request = new IntakeRequest
        {
            ServiceCode = model.Type.Code, Description = model.Description, Answers = model.Answers, Address = model.Address,
            Latitude = lat, Longitude = lon, Channel = channel, ContactName = model.Name, ContactEmail = model.Email, ContactPhone = model.Phone,
            AttachToProblemId = long.TryParse(form["problem_id"], out var chosen) ? chosen : null, CreatedBy = createdBy,
        };
        return (request, errors);
    }

    private static double? Coordinate(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        errors[field] = [$"{field} must be a number, e.g. 41.8781."];
        return null;
    }

    private static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
