using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Endpoints;

/// <summary>How statuses and channels are spelled on the wire: snake_case words.</summary>
internal static class Api
{
    public static string Status(RequestStatus status) => status switch
    {
        RequestStatus.InProgress => "in_progress",
        RequestStatus.OnHold => "on_hold",
        _ => status.ToString().ToLowerInvariant(),
    };

    public static RequestStatus? ParseStatus(string? value) =>
        Enum.TryParse<RequestStatus>(value?.Replace("_", "", StringComparison.Ordinal), ignoreCase: true, out var status)
        && Enum.IsDefined(status) && !int.TryParse(value, out _) ? status : null;

    public static Channel? ParseChannel(string? value) =>
        value is null ? Channel.Api
        : Enum.TryParse<Channel>(value.Replace("_", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var channel)
          && Enum.IsDefined(channel) && !int.TryParse(value, out _) ? channel : null;
}
