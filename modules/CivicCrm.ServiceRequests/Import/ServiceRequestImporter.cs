using CivicCrm.Data;
using Microsoft.EntityFrameworkCore;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>
/// Loads historical requests in batches of <see cref="BatchSize"/> rows, each its own transaction, clearing the
/// change tracker between batches so memory stays flat however long the file is. Rows are sorted by requested time
/// within a batch (the input must be sorted across batches; see the module README). Rows whose <c>source_id</c>
/// is already stored are skipped, so an interrupted import can simply be run again.
/// </summary>
public sealed class ServiceRequestImporter(
    DbContext db, IUnitOfWork unitOfWork, ImportTypeCatalog types, ImportedRequestWriter writer, TimeProvider clock)
{
    public const int BatchSize = 500;

    public async Task<ImportReport> ImportAsync(IAsyncEnumerable<ImportRow> rows, bool createMissingTypes, CancellationToken cancellationToken)
    {
        var report = new ImportReport();
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new List<ParsedImportRow>(BatchSize);
        var errors = new List<ImportRowError>();
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            errors.Clear();
            if (ImportRowParser.Parse(row, now, errors) is { } parsed)
            {
                batch.Add(parsed);
            }

            report.AddRange(errors);
            if (batch.Count == BatchSize)
            {
                await ImportBatchAsync(batch, createMissingTypes, report, cancellationToken);
                batch.Clear();
            }
        }

        if (batch.Count > 0)
        {
            await ImportBatchAsync(batch, createMissingTypes, report, cancellationToken);
        }

        return report;
    }

    private async Task ImportBatchAsync(List<ParsedImportRow> batch, bool createMissingTypes, ImportReport report, CancellationToken cancellationToken)
    {
        var ordered = batch.OrderBy(r => r.RequestedUtc).ThenBy(r => r.Line).ToList();
        var ids = ordered.Select(r => r.SourceId).Distinct().ToList();
        var seen = (await db.Set<Models.ServiceRequest>().AsNoTracking()
            .Where(r => r.SourceId != null && ids.Contains(r.SourceId))
            .Select(r => r.SourceId!).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
        var created = new List<string>();
        var (imported, skipped, linked) = (0, 0, 0);
        var rowErrors = new List<ImportRowError>();
        // Rows are only added, never changed once tracked: scanning the growing batch on every save made it quadratic.
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            await using var scope = await unitOfWork.BeginAsync(cancellationToken);
            foreach (var row in ordered)
            {
                if (!seen.Add(row.SourceId))
                {
                    skipped++;
                    continue;
                }

                var type = await types.FindAsync(row.ServiceCode, cancellationToken);
                if (type is null && createMissingTypes)
                {
                    type = await types.CreateAsync(row, cancellationToken);
                    created.Add(type.Code);
                }

                if (type is null)
                {
                    rowErrors.Add(new ImportRowError(row.Line, row.SourceId, "service_code",
                        $"There is no service with the code '{row.ServiceCode}'; import with create_missing_types=true to create it."));
                    continue;
                }

                linked += await writer.WriteAsync(row, type, cancellationToken) ? 1 : 0;
                imported++;
            }

            await db.SaveChangesAsync(cancellationToken);
            await scope.CompleteAsync(cancellationToken);
        }
        catch (DbUpdateException e)
        {
            // The batch rolled back; earlier batches stay. Report it against its lines and go on with the next batch.
            types.Forget(created);
            report.Add(new ImportRowError(ordered.Min(r => r.Line), null, null,
                $"Lines {ordered.Min(r => r.Line)} to {ordered.Max(r => r.Line)} were not saved: {e.GetBaseException().Message}"));
            return;
        }
        finally
        {
            db.ChangeTracker.Clear();
            db.ChangeTracker.AutoDetectChangesEnabled = true;
        }

        report.Imported += imported;
        report.SkippedExisting += skipped;
        report.Linked += linked;
        report.TypesCreated.AddRange(created);
        report.AddRange(rowErrors);
    }
}
