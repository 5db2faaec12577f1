namespace CivicCrm.KnowledgeBase.Models;

public static class CallScriptStepKinds
{
    public const string Say = "say";
    public const string Ask = "ask";
    public const string Check = "check";

    public static IReadOnlyList<string> All { get; } = [Say, Ask, Check];
}
