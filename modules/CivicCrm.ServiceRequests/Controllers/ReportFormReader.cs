using System.Globalization;
using CivicCrm.ServiceRequests.Models;
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

    public static double? Coordinate(string? text, string field, Dictionary<string, string[]> errors)
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
