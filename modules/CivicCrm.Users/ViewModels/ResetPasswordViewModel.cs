using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Users.ViewModels;

public sealed class ResetPasswordViewModel
{
    [Required]
    public string UserId { get; set; } = "";

    [Required]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string Password { get; set; } = "";

    [Compare(nameof(Password), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat the new password")]
    public string ConfirmPassword { get; set; } = "";
}
