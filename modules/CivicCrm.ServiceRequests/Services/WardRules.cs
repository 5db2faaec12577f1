namespace CivicCrm.ServiceRequests.Services;

/// <summary>What a ward must be, for the admin editor and the <c>wards</c> recipe step alike: each problem with the field it is about.</summary>
public static class WardRules
{
    public static IEnumerable<(string Field, string Message)> Check(string? code, string? name, string? representative, string boundary)
    {
        if (code is null || code.Length is 0 or > 20)
        {
            yield return ("code", "Give a code of up to 20 characters, e.g. 12.");
        }

        if (name is null || name.Length is 0 or > 100)
        {
            yield return ("name", "Give a name of up to 100 characters, e.g. Ward 12.");
        }

        if (representative is { Length: > 200 })
        {
            yield return ("representative", "The representative is longer than 200 characters.");
        }

        if (WardLocator.ParseBoundary(boundary) is null)
        {
            yield return ("boundary", "Give at least three [longitude, latitude] points as JSON, e.g. [[-87.95, 41.64], [-87.68, 41.64], [-87.68, 41.77]].");
        }
    }
}
