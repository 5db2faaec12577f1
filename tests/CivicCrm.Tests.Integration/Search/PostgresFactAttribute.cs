namespace CivicCrm.Tests.Integration.Search;

/// <summary>A test that needs a PostgreSQL server: skipped, with the reason, unless the test script provides one (CIVICCRM_TEST_POSTGRES).</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable("CIVICCRM_TEST_POSTGRES")))
        {
            Skip = "Needs PostgreSQL: set CIVICCRM_TEST_POSTGRES to a server connection string (scripts/test.sh does).";
        }
    }
}
