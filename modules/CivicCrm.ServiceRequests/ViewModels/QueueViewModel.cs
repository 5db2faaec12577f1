namespace CivicCrm.ServiceRequests.ViewModels;

public sealed class QueueViewModel
{
    public IReadOnlyList<QueueRow> Rows { get; set; } = [];
    public IReadOnlyList<string> Departments { get; set; } = [];
    public string? Department { get; set; }
    public string? Status { get; set; }
    public bool OverdueOnly { get; set; }
    public DateTime Now { get; set; }
}
