namespace CivicCrm.Themes.Portal.ViewModels;

/// <summary>A public page ready to show: <see cref="BodyHtml"/> is already sanitized.</summary>
public sealed record PageViewModel(string Title, string? Summary, string BodyHtml, DateTime? PublishedUtc);
