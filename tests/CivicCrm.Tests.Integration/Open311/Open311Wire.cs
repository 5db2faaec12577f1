using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using CivicCrm.Tests.Support;
using NJsonSchema;

namespace CivicCrm.Tests.Integration.Open311;

/// <summary>Calls Open311 the way clients do (form-encoded POSTs) and reads answers the way they do.</summary>
public static partial class Open311Wire
{
    public const string Base = "/open311/v2";

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$")]
    private static partial Regex W3Instant();

    public static (double Lat, double Lon) FreshPoint() => TestPoints.Fresh();

    public static Task<HttpResponseMessage> PostAsync(this HttpClient client, string url, params (string Key, string Value)[] fields) =>
        client.PostAsync(url, new FormUrlEncodedContent(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value))));

    /// <summary>Parses XML as FixMyStreet does: UTF-8, a root without namespace, the wrapper elements.</summary>
    public static async Task<XElement> XmlAsync(HttpResponseMessage response, HttpStatusCode expected, string root)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("text/xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>", body, StringComparison.Ordinal);
        var document = XDocument.Parse(body);
        Assert.Equal(root, document.Root!.Name.LocalName);
        Assert.Equal("", document.Root.Name.NamespaceName);
        Assert.DoesNotContain(document.Root.DescendantsAndSelf(), e => e.Name.NamespaceName.Length > 0 || e.Attributes().Any(a => a.IsNamespaceDeclaration));
        return document.Root;
    }

    public static async Task<JsonNode> JsonAsync(HttpResponseMessage response, HttpStatusCode expected, string? schema = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"Expected {expected}, got {response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        if (schema is not null)
        {
            var definition = await JsonSchema.FromFileAsync(Path.Combine(AppContext.BaseDirectory, "Open311", "Schemas", schema));
            var errors = definition.Validate(body);
            Assert.True(errors.Count == 0, $"{schema}: " + string.Join("; ", errors.Select(e => $"{e.Path}: {e.Kind}")) + "\n" + body);
        }

        return JsonNode.Parse(body)!;
    }

    /// <summary>The spec's error answer in XML: <c>errors/error</c> with code and description; returns the descriptions.</summary>
    public static async Task<IReadOnlyList<string>> XmlErrorsAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var root = await XmlAsync(response, expected, "errors");
        var errors = root.Elements("error").ToList();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal(((int)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), e.Element("code")!.Value));
        return errors.Select(e => e.Element("description")!.Value).ToList();
    }

    public static async Task<IReadOnlyList<string>> JsonErrorsAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var errors = (await JsonAsync(response, expected)).AsArray();
        Assert.NotEmpty(errors);
        Assert.All(errors, e => Assert.Equal((int)expected, e!["code"]!.GetValue<int>()));
        return errors.Select(e => e!["description"]!.GetValue<string>()).ToList();
    }

    public static void AssertInstant(string? value) =>
        Assert.True(value is not null && W3Instant().IsMatch(value), $"'{value}' is not an ISO 8601 instant with an offset.");
}
