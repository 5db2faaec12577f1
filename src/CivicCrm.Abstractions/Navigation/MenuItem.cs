namespace CivicCrm.Navigation;

/// <summary>An admin navigation entry; shown only to users holding <see cref="Permission"/>.</summary>
public sealed record MenuItem(string Group, string Text, string Url, string? Permission = null, int Position = 100);
