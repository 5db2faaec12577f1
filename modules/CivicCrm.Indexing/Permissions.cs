using CivicCrm.Security;

namespace CivicCrm.Indexing;

public sealed class Permissions : IPermissionProvider
{
    public static readonly Permission ManageSearchIndexes = new("ManageSearchIndexes", "Edit search index definitions and synonyms, see each node's index status and rebuild indexes");

    public IEnumerable<Permission> GetPermissions() => [ManageSearchIndexes];
}
