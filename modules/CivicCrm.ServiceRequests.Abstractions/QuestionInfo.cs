namespace CivicCrm.ServiceRequests;

/// <summary>
/// A question of a request type (an Open311 attribute). <see cref="DataType"/> is string, number, datetime, text,
/// singlevaluelist or multivaluelist.
/// </summary>
public sealed record QuestionInfo(
    string Code,
    string Label,
    string DataType,
    bool Required,
    int Order,
    string? HelpText,
    IReadOnlyList<QuestionChoiceInfo> Values);
