using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Features",
    Name = "Features",
    Description = "Lists installed modules and features and enables or disables them at runtime, with their dependencies.",
    Category = "Infrastructure",
    AlwaysEnabled = true)]
