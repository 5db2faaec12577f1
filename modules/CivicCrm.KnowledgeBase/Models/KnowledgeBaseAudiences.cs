namespace CivicCrm.KnowledgeBase.Models;

public static class KnowledgeBaseAudiences
{
    /// <summary>Residents and staff.</summary>
    public const string Public = "public";

    /// <summary>Staff only: call-takers, departments, editors.</summary>
    public const string Internal = "internal";

    public static IReadOnlyList<string> All { get; } = [Public, Internal];
}
