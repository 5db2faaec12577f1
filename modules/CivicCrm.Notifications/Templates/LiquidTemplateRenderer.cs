using System.Text.Encodings.Web;
using Fluid;
using Microsoft.Extensions.Options;

namespace CivicCrm.Notifications.Templates;

/// <summary>
/// Renders Liquid with Fluid, bounded: no .NET member access (<see cref="DenyAllMemberAccessStrategy"/>), a maximum
/// number of steps, of output and of recursion. The subject and text are not encoded; the HTML body HTML-encodes
/// every value it prints.
/// </summary>
public sealed class LiquidTemplateRenderer
{
    private static readonly FluidParser Parser = new();
    private readonly TemplateOptions _options;

    public LiquidTemplateRenderer(IOptions<NotificationsOptions> options)
    {
        _options = new TemplateOptionsBuilder()
            .WithMemberAccessStrategy(() => new DenyAllMemberAccessStrategy())
            .WithMaxSteps(options.Value.TemplateMaxSteps)
            .WithMaxOutputSize(options.Value.TemplateMaxOutputChars)
            .WithMaxRecursion(20)
            .WithMaxCollectionSize(10_000)
            .Build();
    }

    /// <summary>Null when the source parses, else the parser's message.</summary>
    public static string? Check(string? source) =>
        Parser.TryParse(source ?? "", out _, out var error) ? null : error;

    public async Task<RenderedEmail> RenderAsync(
        string subject, string text, string? html, IReadOnlyDictionary<string, object?> model, CancellationToken cancellationToken = default)
    {
        var renderedSubject = await RenderAsync(subject, model, NullEncoder.Default, "subject", cancellationToken);
        var renderedText = await RenderAsync(text, model, NullEncoder.Default, "text", cancellationToken);
        var renderedHtml = string.IsNullOrWhiteSpace(html) ? null : await RenderAsync(html, model, HtmlEncoder.Default, "HTML", cancellationToken);
        // A subject is one line: a value with a line break must not start a new header.
        return new RenderedEmail(renderedSubject.ReplaceLineEndings(" ").Trim(), renderedText, renderedHtml);
    }

    private async Task<string> RenderAsync(
        string source, IReadOnlyDictionary<string, object?> model, TextEncoder encoder, string part, CancellationToken cancellationToken)
    {
        if (!Parser.TryParse(source, out var template, out var error))
        {
            throw new TemplateException($"The {part} does not parse: {error}");
        }

        var context = new TemplateContext(_options) { CancellationToken = cancellationToken };
        foreach (var (key, value) in model)
        {
            context.SetValue(key, TemplateModelConverter.Convert(value));
        }

        try
        {
            return await template.RenderAsync(context, encoder);
        }
        catch (Exception exception) when (exception is InvalidOperationException or FluidException or ArgumentException)
        {
            throw new TemplateException($"The {part} could not be rendered: {exception.Message}", exception);
        }
    }
}
