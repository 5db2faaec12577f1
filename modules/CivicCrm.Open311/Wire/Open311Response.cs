using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Xml;
using Microsoft.AspNetCore.Http;

namespace CivicCrm.Open311.Wire;

/// <summary>
/// Writes a response tree as UTF-8 XML (declaration, no namespace) or JSON. Instants are written in the city's time
/// zone with their offset; ids and codes are whatever strings the tree holds.
/// </summary>
public sealed class Open311Response(int statusCode, string rootName, object body, Open311Format format, TimeZoneInfo zone) : IResult
{
    private static readonly XmlWriterSettings XmlSettings = new() { Encoding = new UTF8Encoding(false), Indent = false, Async = true };

    public int StatusCode => statusCode;

    public static Open311Response Errors(int statusCode, Open311Format format, params Open311Error[] errors) =>
        new(statusCode, "errors", new Open311List("error", errors.Select(e => (object?)new Open311Object().Set("code", e.Code).Set("description", e.Description)).ToList()),
            format, TimeZoneInfo.Utc);

    public string FormatInstant(DateTime utc) =>
        TimeZoneInfo.ConvertTime(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)), zone).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = statusCode;
        if (format == Open311Format.Json)
        {
            response.ContentType = "application/json; charset=utf-8";
            await using var json = new Utf8JsonWriter(response.Body);
            WriteJson(json, body);
            await json.FlushAsync(httpContext.RequestAborted);
            return;
        }

        response.ContentType = "text/xml; charset=utf-8";
        await using var xml = XmlWriter.Create(response.Body, XmlSettings);
        await xml.WriteStartDocumentAsync();
        WriteXml(xml, rootName, body);
        await xml.WriteEndDocumentAsync();
        await xml.FlushAsync();
    }

    private void WriteXml(XmlWriter xml, string name, object? value)
    {
        xml.WriteStartElement(name);
        switch (value)
        {
            case Open311Object element:
                foreach (var (child, childValue) in element)
                {
                    WriteXml(xml, child, childValue);
                }

                break;
            case Open311List list:
                foreach (var item in list.Items)
                {
                    WriteXml(xml, list.ItemName, item);
                }

                break;
            case null:
                break;
            default:
                xml.WriteString(Text(value));
                break;
        }

        xml.WriteEndElement();
    }

    private void WriteJson(Utf8JsonWriter json, object? value)
    {
        switch (value)
        {
            case null:
                json.WriteNullValue();
                break;
            case Open311Object element:
                json.WriteStartObject();
                foreach (var (name, childValue) in element)
                {
                    json.WritePropertyName(name);
                    WriteJson(json, childValue);
                }

                json.WriteEndObject();
                break;
            case Open311List list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteJson(json, item);
                }

                json.WriteEndArray();
                break;
            case bool flag:
                json.WriteBooleanValue(flag);
                break;
            case int number:
                json.WriteNumberValue(number);
                break;
            case double number:
                json.WriteNumberValue(number);
                break;
            default:
                json.WriteStringValue(Text(value));
                break;
        }
    }

    private string Text(object value) => value switch
    {
        bool flag => flag ? "true" : "false",
        DateTime instant => FormatInstant(instant),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
