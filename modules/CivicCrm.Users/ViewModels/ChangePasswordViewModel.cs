using System.ComponentModel.DataAnnotations;

namespace CivicCrm.Users.ViewModels;

public sealed class ChangePasswordViewModel
{
    [Required(ErrorMessage = "Enter your current password.")]
    [DataType(DataType.Password)]
    [Display(Name = "Current password")]
    public string CurrentPassword { get; set; } = "";

    [Required(ErrorMessage = "Choose a new password.")]
    [DataType(DataType.Password)]
    [Display(Name = "New password")]
    public string NewPassword { get; set; } = "";

    [Compare(nameof(NewPassword), ErrorMessage = "The two passwords differ.")]
    [DataType(DataType.Password)]
    [Display(Name = "Repeat the new password")]
    public string ConfirmPassword { get; set; } = "";
}
