using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Notifications",
    Name = "Notifications",
    Description = "Email to residents and departments: an outbox sent over SMTP with retries, and Liquid templates edited in the admin.",
    Category = "Communication")]
