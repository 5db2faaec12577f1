namespace CivicCrm.Contents.ViewModels;

/// <summary>One field of two versions side by side.</summary>
public sealed record DiffRow(string Part, string Label, string Old, string New)
{
    public bool Changed => !string.Equals(Old, New, StringComparison.Ordinal);
}
