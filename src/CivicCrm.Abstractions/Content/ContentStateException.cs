namespace CivicCrm.Content;

/// <summary>An operation that does not fit the item's state, e.g. discarding a draft that does not exist.</summary>
public sealed class ContentStateException(string message) : Exception(message);
