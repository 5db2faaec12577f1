using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Users",
    Name = "Users",
    Description = "Staff accounts and sign-in, API keys for machine clients, and the first-run administrator.",
    Category = "Security",
    AlwaysEnabled = true)]
