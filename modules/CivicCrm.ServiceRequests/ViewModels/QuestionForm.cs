using System.ComponentModel.DataAnnotations;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>One question row of the request type editor. List values are typed one per line: key | label | blocking message.</summary>
public sealed class QuestionForm
{
    public string? Code { get; set; }
    public string? Label { get; set; }

    [Display(Name = "Answer type")]
    public string DataType { get; set; } = "string";

    public bool Required { get; set; }
    public int Order { get; set; }

    [Display(Name = "Help text")]
    public string? HelpText { get; set; }

    /// <summary>One choice per line: <c>key | label</c>, or <c>key | label | message</c> to block the report with that message.</summary>
    public string? Values { get; set; }

    /// <summary>Ticked to delete the question on save.</summary>
    public bool Remove { get; set; }
}
