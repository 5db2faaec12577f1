using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Departments",
    Name = "Departments",
    Description = "The city's departments: contacts, staff, supervisors, and the business calendar (working hours, holidays, closures) that SLA targets run on.",
    Category = "Service requests")]
