using CivicCrm.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CivicCrm.Web.DesignTime;

/// <summary><c>dotnet ef migrations add Name --project src/CivicCrm.Data.Sqlite --startup-project src/CivicCrm.Web --context SqliteCivicDbContext</c></summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCivicDbContext>
{
    public SqliteCivicDbContext CreateDbContext(string[] args)
    {
        var options = new DbContextOptionsBuilder<SqliteCivicDbContext>();
        SqliteDatabaseProvider.Configure(options, "Data Source=design-time.db");
        return new SqliteCivicDbContext(options.Options, DesignTimeModel.Create());
    }
}
