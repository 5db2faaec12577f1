namespace CivicCrm.Users.ViewModels;

public sealed record UserRow(string Id, string UserName, string Email, IReadOnlyList<string> Roles, bool Disabled, bool LockedOut);
