using System.ComponentModel.DataAnnotations;
using CivicCrm.Departments;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>The request type editor's form; see <see cref="RequestTypeFormMapper"/> for how it maps and what it checks.</summary>
public sealed class RequestTypeForm
{
    /// <summary>The code of the type being edited; null while creating.</summary>
    public string? OriginalCode { get; set; }

    public string? Code { get; set; }
    public string? Name { get; set; }
    public string? Group { get; set; }
    public string? Keywords { get; set; }
    public string? Description { get; set; }

    [Display(Name = "Owning department")]
    public string? DepartmentCode { get; set; }

    [Display(Name = "SLA target (hours)")]
    public double SlaTargetHours { get; set; } = 72;

    [Display(Name = "SLA warning (hours)")]
    public double SlaWarningHours { get; set; } = 48;

    [Display(Name = "SLA clock")]
    public SlaClock SlaClock { get; set; } = SlaClock.BusinessHours;

    [Display(Name = "Default priority")]
    public string DefaultPriority { get; set; } = "normal";

    [Display(Name = "Anonymous reports allowed")]
    public bool AllowAnonymous { get; set; } = true;

    [Display(Name = "Call script")]
    public string? CallScript { get; set; }

    [Display(Name = "Duplicate radius (metres)")]
    public int DuplicateRadiusMeters { get; set; } = 50;

    [Display(Name = "Duplicate window (days)")]
    public int DuplicateWindowDays { get; set; } = 30;

    [Display(Name = "Same address is a duplicate")]
    public bool DuplicateMatchAddress { get; set; } = true;

    [Display(Name = "Match duplicates across the group")]
    public bool DuplicateMatchGroup { get; set; }

    [Display(Name = "No duplicate detection")]
    public bool DuplicatesDisabled { get; set; }

    [Display(Name = "Offered to residents and call-takers")]
    public bool Active { get; set; } = true;

    public bool NeedsReview { get; set; }

    public List<QuestionForm> Questions { get; set; } = [];

    public static readonly string[] DataTypes = ["string", "number", "datetime", "text", "singlevaluelist", "multivaluelist"];

    public static readonly string[] Priorities = ["low", "normal", "high", "urgent"];
}
