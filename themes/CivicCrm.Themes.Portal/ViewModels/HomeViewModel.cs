namespace CivicCrm.Themes.Portal.ViewModels;

public sealed record HomeViewModel(IReadOnlyList<PageSummary> Pages);
