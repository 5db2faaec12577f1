using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.Open311",
    Name = "Open311",
    Description = "Open311 GeoReport v2 in XML and JSON for the apps residents already use: discovery, services, requests, tokens, updates.",
    Category = "Service requests",
    Dependencies = ["CivicCrm.ServiceRequests"])]
