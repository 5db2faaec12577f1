using CivicCrm.ServiceRequests.Models;
using CivicCrm.ServiceRequests.Services;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>The resident's report form, re-shown with errors or with the duplicate candidates to choose from.</summary>
public sealed class ReportForm
{
    public RequestType Type { get; set; } = null!;
    public string? Description { get; set; }
    public string? Address { get; set; }
    public string? Latitude { get; set; }
    public string? Longitude { get; set; }
    public string? Name { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }

    /// <summary>How the report came in; only the intake screen lets staff choose it.</summary>
    public Channel Channel { get; set; } = Channel.Phone;
    public Dictionary<string, string[]> Answers { get; set; } = [];
    public IReadOnlyDictionary<string, string[]> Errors { get; set; } = new Dictionary<string, string[]>();
    public IReadOnlyList<DuplicateCandidate> Candidates { get; set; } = [];

    public string? ErrorFor(string field) => Errors.TryGetValue(field, out var messages) ? string.Join(" ", messages) : null;

    public bool IsChosen(string code, string value) => Answers.TryGetValue(code, out var values) && values.Contains(value);
}
