using Microsoft.EntityFrameworkCore;

namespace CivicCrm.Data.Postgres;

public sealed class PostgresCivicDbContext(DbContextOptions<PostgresCivicDbContext> options, DataModel model)
    : CivicDbContext(options, model);
