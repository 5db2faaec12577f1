using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.ViewModels;

public sealed record OpenProblemsViewModel(
    IReadOnlyList<OpenProblemRow> Rows, IReadOnlyList<RequestType> Types, string? Type, string? Group, int Page, int Pages, int Total,
    IReadOnlyList<Ward> Wards, string? Ward)
{
    public IReadOnlyList<MapPoint> Points => Rows.Where(r => r.Latitude is not null && r.Longitude is not null)
        .Select(r => new MapPoint(r.Latitude!.Value, r.Longitude!.Value, $"{r.TypeName}{(r.Address is null ? "" : " · " + r.Address)}", null)).ToList();

    public string PageLink(int page) =>
        "/requests/open?" + string.Join("&", new[] { ("type", Type), ("group", Group), ("ward", Ward), ("page", page.ToString(System.Globalization.CultureInfo.InvariantCulture)) }
            .Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => $"{p.Item1}={Uri.EscapeDataString(p.Item2!)}"));
}
