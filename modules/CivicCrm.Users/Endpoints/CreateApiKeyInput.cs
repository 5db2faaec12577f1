namespace CivicCrm.Users.Endpoints;

public sealed record CreateApiKeyInput(string? Name, string? Role);
