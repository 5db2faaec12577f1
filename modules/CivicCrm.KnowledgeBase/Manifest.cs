using CivicCrm.Modules;

[assembly: Module(
    Id = "CivicCrm.KnowledgeBase",
    Name = "Knowledge base",
    Description = "FAQs, articles and call scripts for residents and call-takers: review workflow, categories, helpfulness votes, public pages, the intake panel, search, import and export.",
    Category = "Knowledge base",
    Dependencies = ["CivicCrm.Search.Lucene"])]
