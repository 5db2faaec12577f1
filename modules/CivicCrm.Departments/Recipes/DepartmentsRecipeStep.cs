using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.Departments.Calendar;
using CivicCrm.Departments.Services;
using CivicCrm.Recipes;

namespace CivicCrm.Departments.Recipes;

/// <summary>
/// <c>{ "name": "departments", "departments": [ { "code", "name", "email", "phone", "supervisorEmails": [], "staffUserNames": [],
/// "timeZoneId", "hours": { "monday": "08:00-12:00, 13:00-17:00", ... }, "holidaySet", "closures": ["2026-12-24"] } ] }</c>.
/// Creates or updates by code, so running it twice changes nothing. Without <c>hours</c>: Monday to Friday 08:00–17:00;
/// a weekday missing from <c>hours</c> is closed. Without <c>holidaySet</c>: US-Federal.
/// </summary>
public sealed class DepartmentsRecipeStep(DepartmentStore store) : IRecipeStep
{
    private static readonly string[] StringProperties = ["code", "name", "email", "phone", "timeZoneId", "holidaySet"];
    private static readonly string[] ListProperties = ["supervisorEmails", "staffUserNames", "closures"];

    public string Name => "departments";

    public void Validate(JsonObject step, RecipeErrors errors)
    {
        if (step["departments"] is not JsonArray list)
        {
            errors.Add("departments", "A departments step needs a 'departments' array.");
            return;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < list.Count; i++)
        {
            var path = $"departments[{i}]";
            if (list[i] is not JsonObject department)
            {
                errors.Add(path, "Each department must be an object.");
                continue;
            }

            foreach (var name in StringProperties.Where(p => department[p] is { } node && !IsString(node)))
            {
                errors.Add($"{path}.{name}", "Must be a string.");
            }

            foreach (var name in ListProperties.Where(p => department[p] is { } node && (node is not JsonArray array || !array.All(IsString))))
            {
                errors.Add($"{path}.{name}", "Must be an array of strings.");
            }

            if (department["hours"] is not (null or JsonObject))
            {
                errors.Add($"{path}.hours", "Must be an object of weekday names (monday ... sunday) to ranges such as \"08:00-17:00\".");
            }
            else if (department["hours"] is JsonObject hours)
            {
                foreach (var (day, value) in hours.Where(h => !WeeklyHours.Days.Any(d => d.ToString().Equals(h.Key, StringComparison.OrdinalIgnoreCase))
                    || !IsString(h.Value)))
                {
                    errors.Add($"{path}.hours.{day}", "Use a weekday name (monday ... sunday) with a string of ranges such as \"08:00-17:00\".");
                }
            }

            if (IsString(department["code"]) && !codes.Add(department["code"]!.GetValue<string>().Trim()))
            {
                errors.Add($"{path}.code", $"The code {department["code"]} appears twice in this step.");
            }
        }
    }

    public async Task ApplyAsync(JsonObject step, RecipeErrors errors, CancellationToken cancellationToken)
    {
        var list = step["departments"]!.AsArray();
        for (var i = 0; i < list.Count; i++)
        {
            var input = ToInput(list[i]!.AsObject());
            var existing = string.IsNullOrWhiteSpace(input.Code) ? null : await store.FindAsync(input.Code, cancellationToken);
            var problems = await store.SaveAsync(input, existing?.Code, cancellationToken);
            foreach (var (field, message) in problems)
            {
                errors.Add($"departments[{i}].{field}", message);
            }
        }
    }

    private static DepartmentInput ToInput(JsonObject d)
    {
        IReadOnlyDictionary<DayOfWeek, string?> hours = d["hours"] is JsonObject given
            ? WeeklyHours.Days.ToDictionary(day => day, day => given.FirstOrDefault(h => h.Key.Equals(day.ToString(), StringComparison.OrdinalIgnoreCase)).Value?.GetValue<string>())
            : WeeklyHours.Days.ToDictionary(day => day, day => (string?)WeeklyHours.OfficeHours.Format(day));
        return new DepartmentInput(Text(d, "code"), Text(d, "name"), Text(d, "email"), Text(d, "phone"), List(d, "supervisorEmails"),
            List(d, "staffUserNames"), Text(d, "timeZoneId"), hours, Text(d, "holidaySet"), List(d, "closures"));
    }

    private static bool IsString(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.String;

    private static string? Text(JsonObject o, string name) => o[name]?.GetValue<string>();

    private static List<string> List(JsonObject o, string name) =>
        (o[name] as JsonArray ?? []).Select(x => x!.GetValue<string>()).ToList();
}
