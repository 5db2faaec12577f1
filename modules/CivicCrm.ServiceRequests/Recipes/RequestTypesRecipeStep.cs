using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Departments;
using CivicCrm.Recipes;
using CivicCrm.ServiceRequests.Models;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Recipes;

/// <summary><c>{ "name": "requestTypes", "types": [ { "code", "name", "departmentCode", "slaTargetHours", "questions": [...] } ] }</c>; idempotent on code.</summary>
public sealed class RequestTypesRecipeStep(DbContext db, IDepartmentDirectory departments) : IRecipeStep
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } };
    private static readonly string[] DataTypes = ["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"];

    public string Name => "requestTypes";

    public void Validate(JsonObject step, RecipeErrors errors) => Read(step, errors);

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var types = Read(step, errors);
        for (var i = 0; i < types.Count; i++)
        {
            var type = types[i];
            if (await departments.FindAsync(type.DepartmentCode, cancellationToken) is null)
            {
                errors.Add($"types[{i}].departmentCode", $"There is no department with the code '{type.DepartmentCode}'.");
                continue;
            }

            var existing = await db.Set<RequestType>().FirstOrDefaultAsync(t => t.Code == type.Code, cancellationToken);
            if (existing is not null)
            {
                type.Id = existing.Id;
                db.Entry(existing).CurrentValues.SetValues(type);
                existing.Questions = type.Questions;
            }
            else
            {
                db.Add(type);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static List<RequestType> Read(JsonObject step, RecipeErrors errors)
    {
        var result = new List<RequestType>();
        if (step["types"] is not JsonArray list)
        {
            errors.Add("types", "A requestTypes step needs a 'types' array.");
            return result;
        }

        for (var i = 0; i < list.Count; i++)
        {
            RequestType? type = null;
            try
            {
                type = list[i]?.Deserialize<RequestType>(Json);
            }
            catch (JsonException exception)
            {
                errors.Add($"types[{i}]", exception.Message);
            }

            if (type is null)
            {
                continue;
            }

            Check(type, $"types[{i}]", errors);
            result.Add(type);
        }

        foreach (var duplicate in result.GroupBy(t => t.Code).Where(g => g.Count() > 1))
        {
            errors.Add("types", $"The code '{duplicate.Key}' is used more than once.");
        }

        return result;
    }

    private static void Check(RequestType type, string path, RecipeErrors errors)
    {
        if (string.IsNullOrWhiteSpace(type.Code) || type.Code.Length > 64)
        {
            errors.Add($"{path}.code", "A code of 1 to 64 characters is required.");
        }

        if (string.IsNullOrWhiteSpace(type.Name))
        {
            errors.Add($"{path}.name", "A name is required.");
        }

        if (type.SlaTargetHours <= 0 || type.SlaWarningHours <= 0 || type.SlaWarningHours > type.SlaTargetHours)
        {
            errors.Add($"{path}.slaTargetHours", "The SLA target and warning must be positive, the warning not after the target.");
        }

        for (var q = 0; q < type.Questions.Count; q++)
        {
            var question = type.Questions[q];
            if (string.IsNullOrWhiteSpace(question.Code) || string.IsNullOrWhiteSpace(question.Label))
            {
                errors.Add($"{path}.questions[{q}]", "Each question needs a code and a label.");
            }

            if (!DataTypes.Contains(question.DataType))
            {
                errors.Add($"{path}.questions[{q}].dataType", $"Use one of: {string.Join(", ", DataTypes)}.");
            }
            else if (question.DataType.EndsWith("list", StringComparison.Ordinal) && question.Values.Count == 0)
            {
                errors.Add($"{path}.questions[{q}].values", "A list question needs values.");
            }
        }
    }
}
