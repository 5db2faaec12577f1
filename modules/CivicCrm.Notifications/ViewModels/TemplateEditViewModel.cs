using System.ComponentModel.DataAnnotations;
using CivicCrm.Notifications.Templates;

namespace CivicCrm.Notifications.ViewModels;

public sealed class TemplateEditViewModel
{
    public string Name { get; set; } = "";

    [StringLength(500)]
    public string? Description { get; set; }

    [Required(ErrorMessage = "Enter a subject.")]
    [StringLength(1000)]
    public string Subject { get; set; } = "";

    [Required(ErrorMessage = "Enter the text of the email.")]
    [Display(Name = "Text body")]
    public string TextBody { get; set; } = "";

    [Display(Name = "HTML body (optional)")]
    public string? HtmlBody { get; set; }

    [Display(Name = "Preview model (JSON)")]
    public string? SampleModelJson { get; set; }

    public string ConcurrencyStamp { get; set; } = "";

    public RenderedEmail? Preview { get; set; }
}
