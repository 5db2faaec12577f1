using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Themes.Portal",
    Name = "Portal theme",
    Description = "The public site's layout in the city's languages, its home page and the city's public pages.",
    Category = "Theme",
    AlwaysEnabled = true)]
