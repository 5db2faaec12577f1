namespace CivicCrm.Users.Endpoints;

/// <summary>The only response that ever contains the key itself.</summary>
public sealed record CreatedApiKeyDto(string Id, string Name, string Role, string Key);
