namespace CivicCrm.Content;

public sealed class ContentNotFoundException(string id)
    : Exception($"Content '{id}' was not found.")
{
    public string Id { get; } = id;
}
