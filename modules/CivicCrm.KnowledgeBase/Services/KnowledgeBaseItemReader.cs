using System.Text.Json;
using System.Text.Json.Nodes;
using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.Services;

/// <summary>
/// Reads one item of the exchange format shared by the recipe step, the import API and the export:
/// <c>{ externalId, type, title, summary, body, bodyFormat, categories (names), tags, audience, published,
/// relatedRequestTypes, reportRequestType, reviewBy, steps }</c>. Every problem is reported with its field.
/// </summary>
public static class KnowledgeBaseItemReader
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);
    private static readonly CategoryTree EmptyTree = new([]);

    public static (KnowledgeBaseExchangeItem? Item, List<(string Field, string Message)> Errors) Read(JsonNode? node)
    {
        var errors = new List<(string, string)>();
        if (node is not JsonObject json)
        {
            errors.Add(("", "Each item must be an object."));
            return (null, errors);
        }

        var externalId = String(json, "externalId", errors);
        var type = KnowledgeBaseTypes.FromKind(String(json, "type", errors));
        var title = String(json, "title", errors);
        if (string.IsNullOrWhiteSpace(externalId))
        {
            errors.Add(("externalId", "An external id is required, so the item can be updated later."));
        }
        else if (externalId.Length > 200)
        {
            errors.Add(("externalId", "An external id has at most 200 characters."));
        }

        if (type is null)
        {
            errors.Add(("type", "The type must be faq, article or script."));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            errors.Add(("title", "A title is required."));
        }

        var format = String(json, "bodyFormat", errors)?.Trim().ToLowerInvariant() ?? KnowledgeBaseFormats.Markdown;
        var audience = String(json, "audience", errors)?.Trim().ToLowerInvariant() ?? KnowledgeBaseAudiences.Public;
        var item = new KnowledgeBaseExchangeItem
        {
            Draft = new KnowledgeBaseDraft
            {
                ContentType = type ?? KnowledgeBaseTypes.Faq,
                ExternalId = externalId?.Trim(),
                Title = title?.Trim() ?? "",
                Summary = String(json, "summary", errors),
                Body = String(json, "body", errors),
                BodyFormat = format,
                Audience = audience,
                Tags = string.Join(", ", Strings(json, "tags", errors)),
                ReviewBy = String(json, "reviewBy", errors),
                RelatedRequestTypes = string.Join(", ", Strings(json, "relatedRequestTypes", errors)),
                ReportRequestType = String(json, "reportRequestType", errors),
                Steps = Steps(json, errors),
            },
            CategoryNames = Strings(json, "categories", errors),
            Published = json["published"] switch
            {
                null => true,
                JsonValue v when v.TryGetValue<bool>(out var b) => b,
                _ => Fail(errors, "published", "published must be true or false."),
            },
        };
        if (errors.Count == 0)
        {
            // Categories are names here (created when missing), so only the rest is checked before anything is written.
            errors.AddRange(KnowledgeBaseDraftValidator.Validate(item.Draft, EmptyTree).Select(e => (e.Path, e.Message)));
        }

        return (errors.Count == 0 ? item : null, errors);
    }

    private static bool Fail(List<(string, string)> errors, string field, string message)
    {
        errors.Add((field, message));
        return false;
    }

    private static string? String(JsonObject json, string name, List<(string, string)> errors)
    {
        var node = json[name];
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && value.TryGetValue<string>(out var text))
        {
            return text;
        }

        errors.Add((name, $"{name} must be a string."));
        return null;
    }

    /// <summary>A list of strings; a single comma-separated string is accepted too.</summary>
    private static List<string> Strings(JsonObject json, string name, List<(string, string)> errors)
    {
        switch (json[name])
        {
            case null:
                return [];
            case JsonValue value when value.TryGetValue<string>(out var text):
                return [.. KnowledgeBasePart.Split(text)];
            case JsonArray array when array.All(n => n is JsonValue v && v.TryGetValue<string>(out _)):
                return array.Select(n => n!.GetValue<string>().Trim()).Where(s => s.Length > 0).ToList();
            default:
                errors.Add((name, $"{name} must be a list of strings."));
                return [];
        }
    }

    private static List<CallScriptStep> Steps(JsonObject json, List<(string, string)> errors)
    {
        if (json["steps"] is null)
        {
            return [];
        }

        if (json["steps"] is not JsonArray array)
        {
            errors.Add(("steps", "steps must be a list."));
            return [];
        }

        try
        {
            return array.Deserialize<List<CallScriptStep>>(Web) ?? [];
        }
        catch (JsonException e)
        {
            errors.Add(("steps", "steps must be objects { id, kind, text, branches: [ { answer, goto } ] }: " + e.Message));
            return [];
        }
    }
}
