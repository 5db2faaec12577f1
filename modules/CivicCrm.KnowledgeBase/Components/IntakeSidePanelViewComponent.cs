using CivicCrm.KnowledgeBase.Data;
using CivicCrm.KnowledgeBase.Services;
using CivicCrm.KnowledgeBase.ViewModels;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.KnowledgeBase.Components;

/// <summary>
/// The call-taker's knowledge panel. The intake screen renders a view component named <c>IntakeSidePanel</c> when a
/// module provides one, so the service request module needs no reference to this one. It shows the call scripts of the
/// chosen request type step by step, and a search box that opens answers without leaving the call.
/// </summary>
[ViewComponent(Name = "IntakeSidePanel")]
public sealed class IntakeSidePanelViewComponent(
    IFeatureManager features, IPermissionService permissions, KnowledgeBaseReader reader, KnowledgeBaseSearch search) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(string? requestTypeCode)
    {
        if (!features.IsEnabled("CivicCrm.KnowledgeBase")
            || !await permissions.HasAsync(UserClaimsPrincipal, Permissions.ViewInternalKnowledgeBase.Name, HttpContext.RequestAborted))
        {
            return Content("");
        }

        var scripts = new List<IntakePanelScript>();
        if (!string.IsNullOrWhiteSpace(requestTypeCode))
        {
            foreach (var row in await reader.ScriptsForAsync(requestTypeCode, HttpContext.RequestAborted))
            {
                if (await reader.FindAsync(row.ContentItemId, includeInternal: true, HttpContext.RequestAborted) is var (item, part))
                {
                    scripts.Add(new IntakePanelScript(item.ContentItemId, item.DisplayText, part.Steps));
                }
            }
        }

        return View(new IntakePanelViewModel(requestTypeCode, scripts, search.Available));
    }
}
