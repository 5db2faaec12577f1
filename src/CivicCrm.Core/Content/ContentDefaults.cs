using CivicCrm.Content.Metadata;

namespace CivicCrm.Content;

/// <summary>Makes new, unsaved items with the defaults their fields declare.</summary>
internal sealed class ContentDefaults(IContentDefinitionManager definitions)
{
    public async Task<ContentItem> NewAsync(string contentType, CancellationToken cancellationToken)
    {
        var type = await definitions.GetTypeAsync(contentType, cancellationToken)
            ?? throw new ContentValidationException([new("ContentType", $"There is no content type named '{contentType}'.")]);
        var item = new ContentItem { ContentType = type.Name };
        foreach (var typePart in type.Parts)
        {
            var json = item.GetOrCreatePart(typePart.Name);
            var part = await definitions.GetPartAsync(typePart.PartName, cancellationToken);
            foreach (var field in part?.Fields ?? [])
            {
                if (field.Settings.Default is { } value)
                {
                    json[field.Name] = value.DeepClone();
                }
            }
        }

        return item;
    }
}
