namespace CivicCrm.ServiceRequests.Models;

/// <summary>An Open311 attribute: what intake asks for this type.</summary>
public sealed class Question
{
    public string Code { get; set; } = "";
    public string Label { get; set; } = "";

    /// <summary>string, number, datetime, text, singlevaluelist or multivaluelist.</summary>
    public string DataType { get; set; } = "string";

    public bool Required { get; set; }
    public int Order { get; set; }
    public string? HelpText { get; set; }
    public List<QuestionValue> Values { get; set; } = [];
}
