using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Indexing.ViewModels;

public sealed class SynonymsViewModel
{
    public string IndexName { get; set; } = "";

    [Display(Name = "Synonyms")]
    public string? Synonyms { get; set; }
}
