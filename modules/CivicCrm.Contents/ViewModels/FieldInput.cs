using System.ComponentModel.DataAnnotations;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Contents.ViewModels;

/// <summary>The field settings form. Options are one <c>value|label</c> per line.</summary>
public sealed class FieldInput
{
    [Display(Name = "Technical name")]
    public string Name { get; set; } = "";

    [Display(Name = "Display name")]
    public string DisplayName { get; set; } = "";

    [Display(Name = "Field type")]
    public string FieldType { get; set; } = FieldTypes.Text;

    public bool Required { get; set; }
    public string? Hint { get; set; }

    [Display(Name = "Default value")]
    public string? Default { get; set; }

    [Display(Name = "Minimum (number or date)")]
    public string? Min { get; set; }

    [Display(Name = "Maximum (number or date)")]
    public string? Max { get; set; }

    [Display(Name = "Minimum length")]
    public int? MinLength { get; set; }

    [Display(Name = "Maximum length")]
    public int? MaxLength { get; set; }

    [Display(Name = "Options (one value|label per line)")]
    public string? Options { get; set; }

    [Display(Name = "Allow more than one value")]
    public bool Multiple { get; set; }

    [Display(Name = "Types that may be picked (none: any)")]
    public List<string> ContentTypes { get; set; } = [];
}
