using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Recipes",
    Name = "Recipes",
    Description = "Runs recipes (JSON provisioning files) and exports content types and items as recipes.",
    Category = "Infrastructure")]
