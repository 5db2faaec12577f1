using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Users",
    Name = "Users",
    Description = "Staff accounts and sign-in, API keys for machine clients, and the first-run administrator.",
    Category = "Security",
    AlwaysEnabled = true)]

[assembly: Feature(
    Id = "CivicCrm.Users.Email",
    Name = "Password reset by email",
    Description = "Emails the link to choose a new password through Notifications (otherwise it is only logged, in Development).",
    Dependencies = ["CivicCrm.Notifications"])]
