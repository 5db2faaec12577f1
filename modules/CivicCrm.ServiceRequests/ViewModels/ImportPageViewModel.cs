using CivicCrm.ServiceRequests.Import;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>The import page: the form, and after an upload what the import did.</summary>
public sealed class ImportPageViewModel
{
    public string? FileName { get; init; }
    public bool CreateMissingTypes { get; init; }
    public ImportReport? Report { get; init; }
}
