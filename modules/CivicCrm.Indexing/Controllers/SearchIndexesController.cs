using CivicCrm.Indexing.Services;
using CivicCrm.Indexing.ViewModels;
using CivicCrm.Modules;
using CivicCrm.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace CivicCrm.Indexing.Controllers;

/// <summary>
/// Search indexes admin: every definition with each node's copy (documents, journal position, lag, rebuild progress,
/// last error); create and edit definitions, edit synonyms, and ask every node to rebuild.
/// </summary>
[Route("admin/search/indexes")]
[RequirePermission("ManageSearchIndexes")]
public sealed class SearchIndexesController(
    SearchIndexDefinitionStore store, IEnumerable<ISearchIndexMonitor> monitors, IFeatureManager features) : Controller
{
    private const string EngineFeature = "CivicCrm.Search.Lucene";

    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken)
    {
        var definitions = await store.ListAsync(cancellationToken);
        var monitor = features.IsEnabled(EngineFeature) ? monitors.FirstOrDefault() : null;
        var statuses = monitor is null ? [] : await monitor.GetStatusAsync(cancellationToken);
        var rows = definitions.Select(d => new SearchIndexRow(d, statuses.Where(s => s.IndexName == d.Name).ToList())).ToList();
        return View(new SearchIndexListViewModel(monitor?.NodeName, monitor is not null, rows));
    }

    [HttpGet("new")]
    public IActionResult Create() => View("Edit", SearchIndexEditViewModel.NewDefaults());

    [HttpPost("new")]
    public async Task<IActionResult> Create(SearchIndexEditViewModel model, CancellationToken cancellationToken)
    {
        model.OriginalName = null;
        if (await store.FindAsync((model.Name ?? "").Trim(), cancellationToken) is not null)
        {
            ModelState.AddModelError(nameof(model.Name), $"There is already an index named {model.Name}.");
            return Invalid(model);
        }

        return await SaveAsync(model, null, cancellationToken);
    }

    [HttpGet("{name}")]
    public async Task<IActionResult> Edit(string name, CancellationToken cancellationToken) =>
        await store.FindAsync(name, cancellationToken) is { } definition ? View(SearchIndexEditViewModel.From(definition)) : NotFound();

    [HttpPost("{name}")]
    public async Task<IActionResult> Edit(string name, SearchIndexEditViewModel model, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is not { } existing)
        {
            return NotFound();
        }

        model.OriginalName = existing.Name;
        model.Name = existing.Name;
        return await SaveAsync(model, existing, cancellationToken);
    }

    [HttpGet("{name}/synonyms")]
    public async Task<IActionResult> Synonyms(string name, CancellationToken cancellationToken) =>
        await store.FindAsync(name, cancellationToken) is { } definition
            ? View(new SynonymsViewModel { IndexName = definition.Name, Synonyms = SearchIndexEditViewModel.SynonymText(definition) })
            : NotFound();

    [HttpPost("{name}/synonyms")]
    public async Task<IActionResult> Synonyms(string name, SynonymsViewModel model, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(name, cancellationToken) is not { } existing)
        {
            return NotFound();
        }

        model.IndexName = existing.Name;
        var lines = SynonymLines.Normalize([model.Synonyms]);
        var errors = await store.SaveAsync(existing with { Synonyms = lines }, cancellationToken);
        if (errors.Count > 0)
        {
            foreach (var (_, message) in errors)
            {
                ModelState.AddModelError(nameof(model.Synonyms), message);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model);
        }

        TempData["Notice"] = $"The synonyms of {existing.Name} were saved ({lines.Count} groups). Every node rebuilds its copy in the background; searches use the current one until then.";
        return RedirectToAction(nameof(Index));
    }

    [HttpPost("{name}/rebuild")]
    public async Task<IActionResult> Rebuild(string name, CancellationToken cancellationToken)
    {
        if (!await store.RequestRebuildAsync(name, cancellationToken))
        {
            return NotFound();
        }

        TempData["Notice"] = $"Every node rebuilds its copy of {name} in the background; searches use the current copy until the new one is ready.";
        return RedirectToAction(nameof(Index));
    }

    private async Task<IActionResult> SaveAsync(SearchIndexEditViewModel model, SearchIndexDefinition? existing, CancellationToken cancellationToken)
    {
        var (definition, parseErrors) = model.ToDefinition(existing);
        foreach (var (key, message) in parseErrors)
        {
            ModelState.AddModelError(key, message);
        }

        if (parseErrors.Count == 0)
        {
            foreach (var (path, message) in await store.SaveAsync(definition, cancellationToken))
            {
                ModelState.AddModelError(model.KeyOf(path), message);
            }
        }

        if (!ModelState.IsValid)
        {
            return Invalid(model);
        }

        TempData["Notice"] = existing is null
            ? $"The index {definition.Name} was created; every node builds its copy from the journal."
            : $"The index {definition.Name} was saved. Every node rebuilds its copy in the background; searches use the current one until then.";
        return RedirectToAction(nameof(Index));
    }

    private ViewResult Invalid(SearchIndexEditViewModel model)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("Edit", model);
    }
}
