using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Data.Sqlite;

public sealed class SqliteCivicDbContext(DbContextOptions<SqliteCivicDbContext> options, DataModel model)
    : CivicDbContext(options, model);
