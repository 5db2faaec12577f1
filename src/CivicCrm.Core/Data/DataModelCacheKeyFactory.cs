using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CivicCrm.Data;

/// <summary>EF caches one model per context type; ours also depends on which modules contributed to it.</summary>
internal sealed class DataModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        context is CivicDbContext civic ? (context.GetType(), civic.DataModel.Key, designTime) : (context.GetType(), designTime);
}
