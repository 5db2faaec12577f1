using CivicCrm.ServiceRequests.Import;

namespace CivicCrm.Tests.Unit.ServiceRequests.Import;

public class CsvReaderTests
{
    private static async Task<List<(int Line, IReadOnlyList<string> Fields)>> ReadAllAsync(string text)
    {
        var reader = new CsvReader(new StringReader(text));
        var records = new List<(int, IReadOnlyList<string>)>();
        while (await reader.ReadRecordAsync() is { } record)
        {
            records.Add((reader.Line, record));
        }

        return records;
    }

    [Fact]
    public async Task ReadRecord_PlainFields_SplitsOnCommas()
    {
        var records = await ReadAllAsync("a,b,c\n1,2,3\n");

        Assert.Equal([["a", "b", "c"], ["1", "2", "3"]], records.Select(r => r.Fields));
    }

    [Fact]
    public async Task ReadRecord_QuotedFields_KeepCommasQuotesAndNewlines()
    {
        var records = await ReadAllAsync("id,text\n1,\"Hole, deep\"\n2,\"He said \"\"now\"\"\"\n3,\"two\nlines\"\n");

        Assert.Equal(["1", "Hole, deep"], records[1].Fields);
        Assert.Equal(["2", "He said \"now\""], records[2].Fields);
        Assert.Equal(["3", "two\nlines"], records[3].Fields);
    }

    [Fact]
    public async Task ReadRecord_RecordAfterAMultilineField_ReportsItsPhysicalLine()
    {
        var records = await ReadAllAsync("h\n\"a\nb\nc\"\nnext\n");

        Assert.Equal([1, 2, 5], records.Select(r => r.Line));
        Assert.Equal("next", records[2].Fields[0]);
    }

    [Fact]
    public async Task ReadRecord_CrLfAndNoFinalNewline_ReadsEveryRecord()
    {
        var records = await ReadAllAsync("a,b\r\n1,\r\n,\"\"");

        Assert.Equal([["a", "b"], ["1", ""], ["", ""]], records.Select(r => r.Fields));
        Assert.Equal([1, 2, 3], records.Select(r => r.Line));
    }

    [Fact]
    public async Task ReadRecord_FieldsLongerThanTheBuffer_AreReadWhole()
    {
        var longText = new string('x', 40_000);

        var records = await ReadAllAsync($"1,\"{longText}\",2\n");

        Assert.Equal(["1", longText, "2"], records.Single().Fields);
    }

    [Fact]
    public async Task ReadRecord_EmptyInput_ReturnsNull()
    {
        Assert.Empty(await ReadAllAsync(""));
    }
}
