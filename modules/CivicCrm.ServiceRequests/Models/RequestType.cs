using CivicCrm.Departments;

namespace CivicCrm.ServiceRequests.Models;

/// <summary>An Open311 service: what residents can report, who owns it, how fast it is promised.</summary>
public sealed class RequestType
{
    public long Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Group { get; set; } = "";
    public string Keywords { get; set; } = "";
    public string Description { get; set; } = "";
    public string DepartmentCode { get; set; } = "";
    public double SlaTargetHours { get; set; } = 72;
    public double SlaWarningHours { get; set; } = 48;
    public SlaClock SlaClock { get; set; } = SlaClock.BusinessHours;
    public string DefaultPriority { get; set; } = "normal";
    public bool AllowAnonymous { get; set; } = true;
    public List<Question> Questions { get; set; } = [];
    public string? CallScript { get; set; }

    /// <summary>Reports within this many metres of an open problem are duplicate candidates; 0 turns proximity off.</summary>
    public int DuplicateRadiusMeters { get; set; } = 50;

    public int DuplicateWindowDays { get; set; } = 30;
    public bool DuplicateMatchAddress { get; set; } = true;

    /// <summary>Candidates may be of any type of the same group, not only this type.</summary>
    public bool DuplicateMatchGroup { get; set; }

    public bool DuplicatesDisabled { get; set; }

    /// <summary>Created by an import for an unknown code: an administrator should check it.</summary>
    public bool NeedsReview { get; set; }

    public bool Active { get; set; } = true;
}
