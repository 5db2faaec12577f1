using CivicCrm.Data.Postgres;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivicCrm.Web.DesignTime;

/// <summary><c>dotnet ef migrations add Name --project src/CivicCrm.Data.Postgres --startup-project src/CivicCrm.Web --context PostgresCivicDbContext</c></summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCivicDbContext>
{
    public PostgresCivicDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<PostgresCivicDbContext>();
        PostgresDatabaseProvider.Configure(options, "Host=localhost;Database=civiccrm_design");
        return new PostgresCivicDbContext(options.Options, DesignTimeModel.Create());
    }
}
