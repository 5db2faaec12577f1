using System.Text.Json.Nodes;
using CivicCrm.Documents;

namespace CivicCrm.Settings;

internal sealed class SiteSettings(DocumentStore documents) : ISiteSettings
{
    private const string DocumentName = "SiteSettings";

    public async Task<JsonObject> GetAsync(CancellationToken cancellationToken = default) =>
        await documents.GetAsync<JsonObject>(DocumentName, cancellationToken) ?? [];

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
    }
}
