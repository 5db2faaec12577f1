namespace CivicCrm.Themes.Portal.ViewModels;

/// <summary>A public page as the home page lists it.</summary>
public sealed record PageSummary(string ContentItemId, string Title, string? Summary)
{
    public string Url => "/pages/" + Uri.EscapeDataString(ContentItemId);
}
