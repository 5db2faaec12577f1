using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Recipes;
using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Recipes;

/// <summary>
/// <c>{ "name": "wards", "wards": [ { "code": "1", "name": "Ward 1", "representative": "Ald. …", "boundary": [[lon, lat], …] } ] }</c>:
/// creates or updates wards by code. The boundary is one ring of at least three [longitude, latitude] points, in
/// GeoJSON order (a ring exported from a city's GIS as a GeoJSON polygon's first ring fits as it is).
/// </summary>
public sealed class WardsRecipeStep(DbContext db) : IRecipeStep
{
    public string Name => "wards";

    public void Validate(JsonObject step, RecipeErrors errors) => Read(step, errors);

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        foreach (var ward in Read(step, errors))
        {
            var existing = await db.Set<Ward>().FirstOrDefaultAsync(w => w.Code == ward.Code, cancellationToken);
            if (existing is null)
            {
                db.Add(ward);
            }
            else
            {
                existing.Name = ward.Name;
                existing.Representative = ward.Representative;
                existing.Boundary = ward.Boundary;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<Ward> Read(JsonObject step, RecipeErrors errors)
    {
        var result = new List<Ward>();
        if (step["wards"] is not JsonArray list)
        {
            errors.Add("wards", "A wards step needs a 'wards' array.");
            return result;
        }

        for (var i = 0; i < list.Count; i++)
        {
            var code = Text(list[i]?["code"]);
            var name = Text(list[i]?["name"]);
            var boundary = list[i]?["boundary"]?.ToJsonString() ?? "";
            if (code is null || code.Length > 20 || name is null || name.Length > 100)
            {
                errors.Add($"wards[{i}]", "Each ward needs a code (up to 20 characters) and a name (up to 100).");
            }
            else if (WardLocator.ParseBoundary(boundary) is null)
            {
                errors.Add($"wards[{i}].boundary", "The boundary must be at least three [longitude, latitude] points.");
            }
            else
            {
                result.Add(new Ward { Code = code, Name = name, Representative = Text(list[i]?["representative"]), Boundary = boundary });
            }
        }

        return result;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim() is { Length: > 0 } text ? text : null;
}
