using System.Text.Json.Nodes;
using CivicCrm.Documents;

namespace CivicCrm.Settings;

/// <summary>
/// The site settings document, read once per scope (a page asks for the site name, theme and contact details several
/// times). Each caller gets its own copy, so changing one before <see cref="MergeAsync"/> affects no other reader.
/// </summary>
internal sealed class SiteSettings(DocumentStore documents) : ISiteSettings
{
    private const string DocumentName = "SiteSettings";
    private JsonObject? _read;

    public async Task<JsonObject> GetAsync(CancellationToken cancellationToken = default)
    {
        _read ??= await documents.GetAsync<JsonObject>(DocumentName, cancellationToken) ?? [];
        return (JsonObject)_read.DeepClone();
    }

    public async Task MergeAsync(JsonObject changes, CancellationToken cancellationToken = default)
    {
        var settings = await GetAsync(cancellationToken);
        foreach (var (key, value) in changes)
        {
            if (value is null)
            {
                settings.Remove(key);
            }
            else
            {
                settings[key] = value.DeepClone();
            }
        }

        await documents.SaveAsync(DocumentName, settings, cancellationToken);
        _read = (JsonObject)settings.DeepClone();
    }
}
