using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Indexing.ViewModels;

/// <summary>One row of the fields table; a row without a name is ignored (clear the name to remove a field).</summary>
public sealed class SearchIndexFieldRow
{
    public string? Name { get; set; }

    public string? Source { get; set; }

    public string? Boost { get; set; } = "1";

    public bool Stored { get; set; }

    public string Kind { get; set; } = "text";

    [Display(Name = "Remove")]
    public bool Remove { get; set; }
}
