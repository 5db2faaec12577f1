using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Contents.ViewModels;

/// <summary>The form of a type's own settings, for creating a type and for editing it.</summary>
public sealed class ContentTypeInput
{
    [Display(Name = "Technical name")]
    public string Name { get; set; } = "";

    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    public string Description { get; set; } = "";

    [Display(Name = "Draftable: editors may save drafts before publishing")]
    public bool Draftable { get; set; } = true;

    [Display(Name = "Creatable: staff may create items of this type in the admin")]
    public bool Creatable { get; set; } = true;

    [Display(Name = "Give items a title (attach the Title part)")]
    public bool AddTitle { get; set; } = true;
}
