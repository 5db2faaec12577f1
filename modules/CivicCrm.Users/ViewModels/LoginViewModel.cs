using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Users.ViewModels;

public sealed class LoginViewModel
{
    [Required(ErrorMessage = "Enter your user name or email.")]
    [Display(Name = "User name or email")]
    public string Login { get; set; } = "";

    [Required(ErrorMessage = "Enter your password.")]
    [DataType(DataType.Password)]
    public string Password { get; set; } = "";

    public string? ReturnUrl { get; set; }
}
