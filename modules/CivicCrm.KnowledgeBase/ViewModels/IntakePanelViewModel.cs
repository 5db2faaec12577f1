using CivicCrm.KnowledgeBase.Models;

namespace CivicCrm.KnowledgeBase.ViewModels;

public sealed record IntakePanelViewModel(string? RequestTypeCode, IReadOnlyList<IntakePanelScript> Scripts, bool SearchAvailable);

public sealed record IntakePanelScript(string ContentItemId, string Title, IReadOnlyList<CallScriptStep> Steps);
