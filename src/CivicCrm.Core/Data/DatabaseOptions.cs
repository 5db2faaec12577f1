using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Data;

/// <summary><c>CivicCrm:Database</c>. The connection string is <c>ConnectionStrings:Default</c>.</summary>
public sealed class DatabaseOptions
{
    [Required]
    [RegularExpression("^(?i)(sqlite|postgres)$", ErrorMessage = "CivicCrm:Database:Provider must be Sqlite or Postgres.")]
    public string Provider { get; set; } = "Sqlite";
}
