namespace CivicCrm.KnowledgeBase.Models;

/// <summary>One step of a call script: something to say, ask or check; an answer may jump to another step.</summary>
public sealed class CallScriptStep
{
    public string Id { get; set; } = "";

    /// <summary>One of <see cref="CallScriptStepKinds"/>.</summary>
    public string Kind { get; set; } = CallScriptStepKinds.Say;

    public string Text { get; set; } = "";

    public List<CallScriptBranch> Branches { get; set; } = [];
}
