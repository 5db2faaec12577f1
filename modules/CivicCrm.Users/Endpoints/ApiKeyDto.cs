namespace CivicCrm.Users.Endpoints;

public sealed record ApiKeyDto(string Id, string Name, string Role, string Prefix, DateTime CreatedUtc, DateTime? RevokedUtc);
