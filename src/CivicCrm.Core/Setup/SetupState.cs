namespace CivicCrm.Setup;

/// <summary>Stored once the first run has seeded the site; its presence means setup never runs again.</summary>
public sealed class SetupState
{
    public DateTime CompletedUtc { get; set; }
    public string Recipe { get; set; } = "";
    public string AdminUserName { get; set; } = "";
}
