using System.Collections.Concurrent;
using System.Reflection;
using CivicCrm.Content;
using CivicCrm.Data;
using CivicCrm.Modules;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Indexing;

/// <summary>
/// Replaces the index rows of content versions with what the enabled index providers map. Only the latest and
/// the published versions are indexed; other versions lose their rows.
/// </summary>
internal sealed class IndexWriter(CivicDbContext db, IEnabledServices<IIndexProvider> providers)
{
    private static readonly ConcurrentDictionary<Type, MethodInfo> DeleteMethods = new();

    public async Task WriteAsync(IEnumerable<ContentItem> versions, CancellationToken cancellationToken)
    {
        var list = versions.ToList();
        var versionIds = list.Select(v => v.ContentItemVersionId).ToList();
        foreach (var provider in providers.All)
        {
            var delete = DeleteMethods.GetOrAdd(provider.IndexType, type =>
                typeof(IndexWriter).GetMethod(nameof(DeleteRowsAsync), BindingFlags.NonPublic | BindingFlags.Instance)!.MakeGenericMethod(type));
            await (Task)delete.Invoke(this, [versionIds, cancellationToken])!;
            foreach (var version in list.Where(v => v.Latest || v.Published))
            {
                foreach (var row in provider.Map(version))
                {
                    row.Id = 0;
                    row.ContentItemId = version.ContentItemId;
                    row.ContentItemVersionId = version.ContentItemVersionId;
                    db.Add(row);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task DeleteRowsAsync<TIndex>(List<string> versionIds, CancellationToken cancellationToken) where TIndex : ContentIndex =>
        await db.Set<TIndex>().Where(r => versionIds.Contains(r.ContentItemVersionId)).ExecuteDeleteAsync(cancellationToken);
}
