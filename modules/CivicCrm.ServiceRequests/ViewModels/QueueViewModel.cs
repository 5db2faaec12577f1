namespace CivicCrm.ServiceRequests.ViewModels;

public sealed class QueueViewModel
{
    /// <summary>Assignee filter values no user name can take (parentheses are not allowed in user names).</summary>
    public const string Unassigned = "(unassigned)";
    public const string Mine = "(mine)";

    public IReadOnlyList<QueueRow> Rows { get; set; } = [];
    public IReadOnlyList<string> Departments { get; set; } = [];
    public IReadOnlyDictionary<string, string> Types { get; set; } = new Dictionary<string, string>();
    public IReadOnlyList<string> StaffNames { get; set; } = [];
    public string? Department { get; set; }
    public string? Status { get; set; }
    public bool OverdueOnly { get; set; }
    public string? Type { get; set; }
    public string? AssignedTo { get; set; }
    public IReadOnlyList<Models.Ward> Wards { get; set; } = [];
    public string? Ward { get; set; }
    public DateTime Now { get; set; }
}
