using System.Runtime.CompilerServices;
using System.Text.Json;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>Streams <see cref="ImportRow"/>s out of CSV (with a header) or JSON lines, one record in memory at a time.</summary>
public static class ImportRowReader
{
    private static readonly string[] RequiredColumns = ["source_id", "service_code", "requested_datetime"];

    /// <summary>CSV (its header read and checked) or JSON lines; the error says what is wrong with the CSV header.</summary>
    public static async Task<(IAsyncEnumerable<ImportRow>? Rows, string? Error)> OpenAsync(TextReader text, bool csv, CancellationToken cancellationToken) =>
        csv ? await OpenCsvAsync(text, cancellationToken) : (JsonLinesAsync(text, cancellationToken), null);

    /// <summary>Reads the CSV header; the error names the missing columns when it lacks a required one.</summary>
    public static async Task<(IAsyncEnumerable<ImportRow>? Rows, string? Error)> OpenCsvAsync(TextReader text, CancellationToken cancellationToken)
    {
        var csv = new CsvReader(text);
        var header = await csv.ReadRecordAsync(cancellationToken);
        if (header is null)
        {
            return (null, "The body is empty: send a header line and one line per request.");
        }

        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            columns.TryAdd(header[i].Trim().TrimStart('\uFEFF'), i);
        }

        var missing = RequiredColumns.Where(c => !columns.ContainsKey(c)).ToList();
        return missing.Count > 0
            ? (null, $"The header lacks the column(s) {string.Join(", ", missing)}; expected {string.Join(",", ImportRow.Fields)}.")
            : (CsvRowsAsync(csv, columns, cancellationToken), null);
    }

    private static async IAsyncEnumerable<ImportRow> CsvRowsAsync(
        CsvReader csv, Dictionary<string, int> columns, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        while (await csv.ReadRecordAsync(cancellationToken) is { } record)
        {
            if (record is [""])
            {
                continue;
            }

            yield return ImportRow.From(csv.Line, name => columns.TryGetValue(name, out var i) && i < record.Count ? record[i] : null);
        }
    }

    /// <summary>One JSON object per line; blank lines are skipped, a line that is not an object is reported.</summary>
    public static async IAsyncEnumerable<ImportRow> JsonLinesAsync(TextReader text, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var line = 0;
        while (await text.ReadLineAsync(cancellationToken) is { } content)
        {
            line++;
            if (string.IsNullOrWhiteSpace(content))
            {
                continue;
            }

            yield return ParseJsonLine(line, content);
        }
    }

    private static ImportRow ParseJsonLine(int line, string content)
    {
        try
        {
            using var document = JsonDocument.Parse(content);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                return new ImportRow { Line = line, ReadError = "Each line must be a JSON object." };
            }

            var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                values[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Null => null,
                    _ => property.Value.GetRawText(),
                };
            }

            return ImportRow.From(line, name => values.GetValueOrDefault(name));
        }
        catch (JsonException e)
        {
            return new ImportRow { Line = line, ReadError = $"The line is not valid JSON: {e.Message}" };
        }
    }
}
