namespace CivicCrm.ServiceRequests;

/// <summary>One answer of a list question: the stored key and the words shown.</summary>
public sealed record QuestionChoiceInfo(string Key, string Name);
