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
            var representative = Text(list[i]?["representative"]);
            var boundary = list[i]?["boundary"]?.ToJsonString() ?? "";
            var problems = WardRules.Check(code, name, representative, boundary).ToList();
            problems.ForEach(p => errors.Add($"wards[{i}].{p.Field}", p.Message));
            if (problems.Count == 0)
            {
                result.Add(new Ward { Code = code!, Name = name!, Representative = representative, Boundary = boundary });
            }
        }

        return result;
    }

    private static string? Text(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>().Trim() is { Length: > 0 } text ? text : null;
}
