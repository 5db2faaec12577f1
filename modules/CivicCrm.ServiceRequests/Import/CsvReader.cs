using System.Text;

namespace CivicCrm.ServiceRequests.Import;

/// <summary>
/// Reads RFC 4180 CSV one record at a time from a text stream, never holding more than one record and a read
/// buffer: quoted fields may hold commas, doubled quotes and line breaks. <see cref="Line"/> is the physical line a
/// record starts on (1-based), so errors can point at it even when earlier records spanned several lines.
/// </summary>
public sealed class CsvReader(TextReader reader)
{
    private readonly char[] _buffer = new char[16 * 1024];
    private readonly StringBuilder _field = new();
    private int _length;
    private int _position;
    private int _nextLine = 1;

    /// <summary>The line the last record read started on.</summary>
    public int Line { get; private set; }

    /// <summary>The next record, or null at the end. A blank line is a record with one empty field.</summary>
    public async ValueTask<IReadOnlyList<string>?> ReadRecordAsync(CancellationToken cancellationToken = default)
    {
        if (!await FillAsync(cancellationToken))
        {
            return null;
        }

        Line = _nextLine;
        var fields = new List<string>();
        var quoted = false;
        var wasQuoted = false;
        _field.Clear();
        while (await FillAsync(cancellationToken))
        {
            var c = _buffer[_position++];
            if (quoted)
            {
                if (c == '"')
                {
                    if (await FillAsync(cancellationToken) && _buffer[_position] == '"')
                    {
                        _field.Append('"');
                        _position++;
                    }
                    else
                    {
                        quoted = false;
                    }
                }
                else
                {
                    _nextLine += c == '\n' ? 1 : 0;
                    _field.Append(c);
                }
            }
            else if (c == '"' && _field.Length == 0 && !wasQuoted)
            {
                quoted = wasQuoted = true;
            }
            else if (c == ',')
            {
                fields.Add(_field.ToString());
                _field.Clear();
                wasQuoted = false;
            }
            else if (c is '\n' or '\r')
            {
                if (c == '\r' && await FillAsync(cancellationToken) && _buffer[_position] == '\n')
                {
                    _position++;
                }

                _nextLine++;
                break;
            }
            else
            {
                _field.Append(c);
            }
        }

        fields.Add(_field.ToString());
        return fields;
    }

    /// <summary>True when a character is available at <see cref="_position"/>.</summary>
    private async ValueTask<bool> FillAsync(CancellationToken cancellationToken)
    {
        if (_position < _length)
        {
            return true;
        }

        _length = await reader.ReadAsync(_buffer.AsMemory(), cancellationToken);
        _position = 0;
        return _length > 0;
    }
}
