using System.Text.Json;
using System.Text.Json.Nodes;

namespace CivicCrm.Recipes;

/// <summary>Reads the parts of a step that are shared by several steps, reporting shape errors with a path.</summary>
internal static class RecipeJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public static List<string> Strings(JsonObject step, string property, RecipeErrors errors)
    {
        var list = new List<string>();
        switch (step[property])
        {
            case null:
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue v && v.GetValueKind() == JsonValueKind.String)
                    {
                        list.Add(v.GetValue<string>());
                    }
                    else
                    {
                        errors.Add($"{property}[{i}]", "Must be a string.");
                    }
                }

                break;
            default:
                errors.Add(property, "Must be an array of strings.");
                break;
        }

        return list;
    }

    public static List<T> Objects<T>(JsonObject step, string property, RecipeErrors errors)
    {
        var list = new List<T>();
        switch (step[property])
        {
            case null:
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    try
                    {
                        list.Add(array[i] is JsonObject o ? o.Deserialize<T>(Options)! : throw new JsonException("Must be an object."));
                    }
                    catch (JsonException exception)
                    {
                        errors.Add($"{property}[{i}]{exception.Path?.TrimStart('$')}", exception.Message);
                    }
                }

                break;
            default:
                errors.Add(property, "Must be an array of objects.");
                break;
        }

        return list;
    }
}
