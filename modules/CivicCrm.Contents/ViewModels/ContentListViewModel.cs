using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

public sealed class ContentListViewModel
{
    public const int PageSize = 20;

    public ContentTypeDefinition? Type { get; init; }
    public required IReadOnlyList<ContentTypeDefinition> Types { get; init; }
    public string? Q { get; init; }
    public string Status { get; init; } = "latest";
    public string Sort { get; init; } = "modified";
    public int Page { get; init; } = 1;
    public int Total { get; init; }
    public required IReadOnlyList<ContentListRow> Rows { get; init; }
    public bool CanCreate { get; init; }

    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public string Url(int page) =>
        $"/admin/content{(Type is null ? "" : "/" + Type.Name)}?q={Uri.EscapeDataString(Q ?? "")}&status={Status}&sort={Sort}&page={page}";
}
