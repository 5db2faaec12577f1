namespace CivicCrm.Content.Metadata;

public sealed record ChoiceOption(string Value, string Label);
