using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Users.ViewModels;

/// <summary>The user form: create (with a password) and edit (email, roles, disabled).</summary>
public sealed class UserEditViewModel
{
    public string? Id { get; set; }

    [Required(ErrorMessage = "Enter a user name.")]
    [RegularExpression(@"^[A-Za-z0-9._@-]{2,64}$", ErrorMessage = "Use 2 to 64 letters, digits, dots, dashes, underscores or @.")]
    [Display(Name = "User name")]
    public string UserName { get; set; } = "";

    [Required(ErrorMessage = "Enter an email address.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    public string Email { get; set; } = "";

    [DataType(DataType.Password)]
    [Display(Name = "Initial password")]
    public string? Password { get; set; }

    public List<string> Roles { get; set; } = [];

    [Display(Name = "Account disabled")]
    public bool Disabled { get; set; }

    public IReadOnlyList<string> AllRoles { get; set; } = [];
}
