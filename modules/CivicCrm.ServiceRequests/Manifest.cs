using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.ServiceRequests",
    Name = "Service requests",
    Description = "Request types, problems and work items; intake on every channel with duplicate detection, SLA, lifecycle and resident status.",
    Category = "Service requests",
    Dependencies = ["CivicCrm.Departments"])]

[assembly: Feature(
    Id = "CivicCrm.ServiceRequests.Email",
    Name = "Service request emails",
    Description = "Emails the owning department about new requests, residents about their report and every public change, supervisors at SLA warning and breach.",
    Dependencies = ["CivicCrm.ServiceRequests", "CivicCrm.Notifications"])]
