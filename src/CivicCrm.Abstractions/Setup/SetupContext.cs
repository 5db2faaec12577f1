namespace CivicCrm.Setup;

/// <summary>What the first run was configured with. <see cref="AdminPasswordGenerated"/> says it must be printed once.</summary>
public sealed record SetupContext(
    string AdminUserName,
    string AdminEmail,
    string AdminPassword,
    bool AdminPasswordGenerated,
    string? ApiKey);
