namespace CivicCrm.ServiceRequests;

/// <summary>An active request type as other channels see it (an Open311 service), with its questions in order.</summary>
public sealed record ServiceTypeInfo(
    string Code,
    string Name,
    string Group,
    string Keywords,
    string Description,
    string DepartmentCode,
    IReadOnlyList<QuestionInfo> Questions);
