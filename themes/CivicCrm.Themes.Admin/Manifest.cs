using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Themes.Admin",
    Name = "Admin theme",
    Description = "The admin layout: navigation built from enabled features, notices, dashboard.",
    Category = "Theme",
    AlwaysEnabled = true)]
