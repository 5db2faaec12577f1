using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Setup;

/// <summary><c>CivicCrm:Setup</c>: what the first run seeds. Pass the password and key as environment variables.</summary>
public sealed class SetupOptions
{
    /// <summary>Recipe file, relative to the application or content root.</summary>
    public string Recipe { get; set; } = "recipes/civic-demo.recipe.json";

    public string AdminUserName { get; set; } = "admin";
    public string AdminEmail { get; set; } = "admin@localhost";
    public string? AdminPassword { get; set; }
    [MinLength(24, ErrorMessage = "CivicCrm:Setup:ApiKey must be at least 24 characters long.")]
    public string? ApiKey { get; set; }
}
