using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Users.ViewModels;

public sealed class ForgotPasswordViewModel
{
    [Required(ErrorMessage = "Enter the email address of your account.")]
    [EmailAddress(ErrorMessage = "Enter an email address such as name@example.org.")]
    public string Email { get; set; } = "";
}
