using CivicCrm.Security;

namespace CivicCrm.Notifications;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageNotifications = new("ManageNotifications", "Edit email templates, see the outbox and retry failed messages");

    public IEnumerable<Permission> GetPermissions() => [ManageNotifications];
}
