using System.Text.Json.Nodes;
using CivicCrm.Content.Metadata;
using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Content;

/// <summary>
/// Validates an item against its type's definition and normalizes what it stores: every field of every part,
/// plus the title. Returns all errors at once, each with the path <c>Part.Field</c>.
/// </summary>
internal sealed class ContentValidator(IContentDefinitionManager definitions, CivicDbContext db)
{
    public async Task<IReadOnlyList<ContentValidationError>> ValidateAsync(ContentItem item, CancellationToken cancellationToken)
    {
        var errors = new List<ContentValidationError>();
        var type = await definitions.GetTypeAsync(item.ContentType, cancellationToken);
        if (type is null)
        {
            errors.Add(new("ContentType", $"There is no content type named '{item.ContentType}'."));
            return errors;
        }

        item.ContentType = type.Name;
        if (item.ContentItemId.Length > 26)
        {
            errors.Add(new("ContentItemId", "An item id has at most 26 characters."));
        }

        if (item.DisplayText.Length > 500)
        {
            errors.Add(new("DisplayText", "The display text must be at most 500 characters long."));
        }

        foreach (var typePart in type.Parts)
        {
            Canonicalize(item.Content, typePart.Name);
            var part = await definitions.GetPartAsync(typePart.PartName, cancellationToken);
            if (typePart.PartName == nameof(TitlePart))
            {
                ValidateTitle(item, typePart.Name, errors);
            }

            if (part is null || part.Fields.Count == 0)
            {
                continue;
            }

            if (item.Content[typePart.Name] is { } node && node is not JsonObject)
            {
                errors.Add(new(typePart.Name, $"The part {typePart.Name} must be an object of fields."));
                continue;
            }

            var json = item.GetOrCreatePart(typePart.Name);
            foreach (var field in part.Fields)
            {
                Canonicalize(json, field.Name);
                var path = $"{typePart.Name}.{field.Name}";
                var value = FieldValueValidator.Validate(field, json[field.Name]?.DeepClone(), message => errors.Add(new(path, message)));
                json[field.Name] = value;
                if (field.FieldType == FieldTypes.ContentPicker && value is JsonArray ids && ids.Count > 0)
                {
                    await ValidatePickedAsync(field, ids, path, errors, cancellationToken);
                }
            }
        }

        return errors;
    }

    /// <summary>
    /// Stores a part or field under its defined name, whatever case the client used ("body" becomes "Body"),
    /// so that what is saved reads back the same on every provider.
    /// </summary>
    private static void Canonicalize(JsonObject json, string name)
    {
        var actual = json.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
        if (actual is not null && actual != name)
        {
            var value = json[actual];
            json.Remove(actual);
            json[name] = value;
        }
    }

    private static void ValidateTitle(ContentItem item, string partName, List<ContentValidationError> errors)
    {
        if (item.Content[partName] is JsonObject part)
        {
            Canonicalize(part, nameof(TitlePart.Title));
        }

        var title = (item.As<TitlePart>(partName)?.Title ?? "").Trim();
        if (title.Length == 0)
        {
            errors.Add(new($"{partName}.Title", "Title is required."));
        }
        else if (title.Length > 500)
        {
            errors.Add(new($"{partName}.Title", "Title must be at most 500 characters long."));
        }

        item.GetOrCreatePart(partName)["Title"] = title;
        item.DisplayText = title;
    }

    private async Task ValidatePickedAsync(
        ContentFieldDefinition field, JsonArray ids, string path, List<ContentValidationError> errors, CancellationToken cancellationToken)
    {
        var wanted = ids.Select(i => i!.GetValue<string>()).ToList();
        var found = await db.ContentItems.AsNoTracking()
            .Where(c => wanted.Contains(c.ContentItemId) && c.Latest)
            .Select(c => new { c.ContentItemId, c.ContentType })
            .ToListAsync(cancellationToken);
        foreach (var id in wanted.Where(id => !found.Exists(f => f.ContentItemId == id)))
        {
            errors.Add(new(path, $"The picked item '{id}' does not exist."));
        }

        var allowed = field.Settings.ContentTypes;
        foreach (var wrong in found.Where(f => allowed.Count > 0 && !allowed.Contains(f.ContentType, StringComparer.OrdinalIgnoreCase)))
        {
            errors.Add(new(path, $"The picked item '{wrong.ContentItemId}' is a {wrong.ContentType}; allowed: {string.Join(", ", allowed)}."));
        }
    }
}
