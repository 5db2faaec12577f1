namespace CivicCrm.ServiceRequests.Models;

/// <summary>A choice of a list question. <see cref="BlockMessage"/> stops the submission ("this is an emergency: call 911").</summary>
public sealed class QuestionValue
{
    public string Key { get; set; } = "";
    public string Name { get; set; } = "";
    public string? BlockMessage { get; set; }
}
