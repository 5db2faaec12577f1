using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.ServiceRequests",
    Name = "Service requests",
    Description = "Request types, problems and work items; intake on every channel with duplicate detection, SLA, lifecycle and resident status.",
    Category = "Service requests",
    Dependencies = ["CivicCrm.Departments"])]
