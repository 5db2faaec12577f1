using System.Text.Json.Nodes;

namespace CivicCrm.Settings;

/// <summary>Site-wide settings stored as one JSON document: city name, contact, time zone and module sections.</summary>
public interface ISiteSettings
{
    Task<JsonObject> GetAsync(CancellationToken cancellationToken = default);

    /// <summary>Merges the given properties into the settings (top level); a null value removes a property.</summary>
    Task MergeAsync(JsonObject changes, CancellationToken cancellationToken = default);
}
