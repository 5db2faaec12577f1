namespace CivicCrm.Security;

/// <summary>The name of the user behind the current operation, for owner, author and audit columns.</summary>
public interface IUserAccessor
{
    string? UserName { get; }
}
