using System.Security.Claims;
using CivicCrm.Open311.Settings;
using CivicCrm.Open311.Wire;
using Microsoft.AspNetCore.Http;

namespace CivicCrm.Open311.Endpoints;

/// <summary>One admitted Open311 call: its format, the settings in force, its parameters and the API key it carried.</summary>
public sealed class Open311Call(Open311Format format, Open311Settings settings, IQueryCollection query, IFormCollection? form, ClaimsPrincipal? key)
{
    public Open311Format Format => format;
    public Open311Settings Settings => settings;
    public IFormCollection? Form => form;

    /// <summary>The API key's identity when one was sent and is valid.</summary>
    public ClaimsPrincipal? Key => key;

    public string? KeyName => key?.Identity?.Name;

    /// <summary>A parameter from the form body, else the query string; empty counts as not sent (the spec's "optional").</summary>
    public string? Param(string name)
    {
        string? value = form is not null && form.TryGetValue(name, out var posted) ? posted.ToString() : null;
        if (string.IsNullOrWhiteSpace(value))
        {
            value = query.TryGetValue(name, out var given) ? given.ToString() : null;
        }

        return string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }

    public Open311Response Ok(string rootName, object body) => new(StatusCodes.Status200OK, rootName, body, format, settings.TimeZone);

    public Open311Response Error(int statusCode, params string[] descriptions) =>
        Open311Response.Errors(statusCode, format, descriptions.Select(d => new Open311Error(statusCode, d)).ToArray());

    public Open311Response Errors(int statusCode, IEnumerable<Open311Error> errors) => Open311Response.Errors(statusCode, format, errors.ToArray());
}
