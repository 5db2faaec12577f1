namespace CivicCrm.KnowledgeBase.Models;

/// <summary>"If the caller answers <see cref="Answer"/>, go to step <see cref="Goto"/>."</summary>
public sealed class CallScriptBranch
{
    public string Answer { get; set; } = "";

    public string Goto { get; set; } = "";
}
