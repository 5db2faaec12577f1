using System.Text.RegularExpressions;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.ViewModels;

/// <summary>Maps the editor form to and from a request type, and checks it, every error under its form field's name.</summary>
public static partial class RequestTypeFormMapper
{
    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]{0,63}$")]
    private static partial Regex CodePattern();

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,63}$")]
    private static partial Regex QuestionCodePattern();

    public static RequestTypeForm From(RequestType type) => new()
    {
        OriginalCode = type.Code, Code = type.Code, Name = type.Name, Group = type.Group, Keywords = type.Keywords, Description = type.Description,
        DepartmentCode = type.DepartmentCode, SlaTargetHours = type.SlaTargetHours, SlaWarningHours = type.SlaWarningHours, SlaClock = type.SlaClock,
        DefaultPriority = type.DefaultPriority, AllowAnonymous = type.AllowAnonymous, CallScript = type.CallScript,
        DuplicateRadiusMeters = type.DuplicateRadiusMeters, DuplicateWindowDays = type.DuplicateWindowDays, DuplicateMatchAddress = type.DuplicateMatchAddress,
        DuplicateMatchGroup = type.DuplicateMatchGroup, DuplicatesDisabled = type.DuplicatesDisabled, Active = type.Active, NeedsReview = type.NeedsReview,
        Questions = type.Questions.OrderBy(q => q.Order).Select(q => new QuestionForm
        {
            Code = q.Code, Label = q.Label, DataType = q.DataType, Required = q.Required, Order = q.Order, HelpText = q.HelpText,
            Values = string.Join("\n", q.Values.Select(v => v.BlockMessage is null ? $"{v.Key} | {v.Name}" : $"{v.Key} | {v.Name} | {v.BlockMessage}")),
        }).ToList(),
    };

    /// <summary>Checks the form; on success copies it onto <paramref name="type"/> (an admin's save clears the review flag).</summary>
    public static Dictionary<string, string> Apply(RequestTypeForm form, RequestType type, ISet<string> departmentCodes)
    {
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var code = form.Code?.Trim().ToUpperInvariant() ?? "";
        if (!CodePattern().IsMatch(code))
        {
            errors[nameof(form.Code)] = "Use 1 to 64 capital letters, digits, '-' or '_', e.g. POTHOLE.";
        }

        Text(form.Name, nameof(form.Name), 200, required: true, errors);
        Text(form.Group, nameof(form.Group), 100, required: true, errors);
        Text(form.Keywords, nameof(form.Keywords), 500, required: false, errors);
        Text(form.Description, nameof(form.Description), 2000, required: false, errors);
        Text(form.CallScript, nameof(form.CallScript), 4000, required: false, errors);
        if (string.IsNullOrWhiteSpace(form.DepartmentCode) || !departmentCodes.Contains(form.DepartmentCode.Trim()))
        {
            errors[nameof(form.DepartmentCode)] = "Choose the department that owns this type.";
        }

        if (!(form.SlaTargetHours > 0 && form.SlaTargetHours <= 24 * 365))
        {
            errors[nameof(form.SlaTargetHours)] = "The SLA target must be more than 0 and at most 8760 hours.";
        }

        if (!(form.SlaWarningHours > 0 && form.SlaWarningHours <= form.SlaTargetHours))
        {
            errors[nameof(form.SlaWarningHours)] = "The warning must be more than 0 hours and not after the target.";
        }

        if (!Enum.IsDefined(form.SlaClock))
        {
            errors[nameof(form.SlaClock)] = "Choose business hours or calendar hours.";
        }

        if (!RequestTypeForm.Priorities.Contains(form.DefaultPriority))
        {
            errors[nameof(form.DefaultPriority)] = $"Use one of: {string.Join(", ", RequestTypeForm.Priorities)}.";
        }

        if (form.DuplicateRadiusMeters is < 0 or > 5000)
        {
            errors[nameof(form.DuplicateRadiusMeters)] = "The radius must be 0 (off) to 5000 metres.";
        }

        if (form.DuplicateWindowDays is < 1 or > 3650)
        {
            errors[nameof(form.DuplicateWindowDays)] = "The window must be 1 to 3650 days.";
        }

        var questions = ReadQuestions(form, errors);
        if (errors.Count > 0)
        {
            return errors;
        }

        type.Code = code;
        type.Name = form.Name!.Trim();
        type.Group = form.Group!.Trim();
        type.Keywords = form.Keywords?.Trim() ?? "";
        type.Description = form.Description?.Trim() ?? "";
        type.DepartmentCode = form.DepartmentCode!.Trim();
        (type.SlaTargetHours, type.SlaWarningHours, type.SlaClock) = (form.SlaTargetHours, form.SlaWarningHours, form.SlaClock);
        type.DefaultPriority = form.DefaultPriority;
        type.AllowAnonymous = form.AllowAnonymous;
        type.CallScript = string.IsNullOrWhiteSpace(form.CallScript) ? null : form.CallScript.Trim();
        (type.DuplicateRadiusMeters, type.DuplicateWindowDays) = (form.DuplicateRadiusMeters, form.DuplicateWindowDays);
        (type.DuplicateMatchAddress, type.DuplicateMatchGroup, type.DuplicatesDisabled) = (form.DuplicateMatchAddress, form.DuplicateMatchGroup, form.DuplicatesDisabled);
        type.Active = form.Active;
        type.NeedsReview = false;
        type.Questions = questions;
        return errors;
    }

    private static List<Question> ReadQuestions(RequestTypeForm form, Dictionary<string, string> errors)
    {
        var questions = new List<Question>();
        for (var i = 0; i < form.Questions.Count; i++)
        {
            var row = form.Questions[i];
            var path = $"Questions[{i}]";
            if (row.Remove || string.IsNullOrWhiteSpace(row.Code) && string.IsNullOrWhiteSpace(row.Label) && string.IsNullOrWhiteSpace(row.Values))
            {
                continue; // removed, or the empty row for a new question left blank
            }

            var code = row.Code?.Trim().ToLowerInvariant() ?? "";
            if (!QuestionCodePattern().IsMatch(code))
            {
                errors[$"{path}.Code"] = "Use 1 to 64 lower-case letters, digits, '-' or '_', e.g. size.";
            }
            else if (questions.Exists(q => q.Code == code))
            {
                errors[$"{path}.Code"] = $"The code '{code}' is used by another question.";
            }

            Text(row.Label, $"{path}.Label", 300, required: true, errors);
            Text(row.HelpText, $"{path}.HelpText", 1000, required: false, errors);
            if (!RequestTypeForm.DataTypes.Contains(row.DataType))
            {
                errors[$"{path}.DataType"] = $"Use one of: {string.Join(", ", RequestTypeForm.DataTypes)}.";
            }

            var values = ReadValues(row.Values, $"{path}.Values", errors);
            if (row.DataType.EndsWith("list", StringComparison.Ordinal) && values.Count == 0 && !errors.ContainsKey($"{path}.Values"))
            {
                errors[$"{path}.Values"] = "A list question needs its choices, one per line: key | label.";
            }
            else if (!row.DataType.EndsWith("list", StringComparison.Ordinal) && values.Count > 0)
            {
                errors[$"{path}.Values"] = "Only list questions have choices; clear them or make the question a list.";
            }

            questions.Add(new Question
            {
                Code = code, Label = row.Label?.Trim() ?? "", DataType = row.DataType, Required = row.Required, Order = row.Order,
                HelpText = string.IsNullOrWhiteSpace(row.HelpText) ? null : row.HelpText.Trim(), Values = values,
            });
        }

        return questions.OrderBy(q => q.Order).ToList();
    }

    private static List<QuestionValue> ReadValues(string? text, string field, Dictionary<string, string> errors)
    {
        var values = new List<QuestionValue>();
        var lines = (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        for (var n = 0; n < lines.Length; n++)
        {
            var parts = lines[n].Split('|', StringSplitOptions.TrimEntries);
            if (parts.Length is < 2 or > 3 || parts[0].Length == 0 || parts[1].Length == 0)
            {
                errors[field] = $"Line {n + 1}: write key | label, or key | label | message that blocks the report.";
                return values;
            }

            if (values.Exists(v => v.Key == parts[0]))
            {
                errors[field] = $"Line {n + 1}: the key '{parts[0]}' is used twice.";
                return values;
            }

            values.Add(new QuestionValue { Key = parts[0], Name = parts[1], BlockMessage = parts.Length == 3 && parts[2].Length > 0 ? parts[2] : null });
        }

        return values;
    }

    private static void Text(string? value, string field, int max, bool required, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            if (required)
            {
                errors[field] = "This is required.";
            }
        }
        else if (value.Trim().Length > max)
        {
            errors[field] = $"At most {max} characters.";
        }
        else if (value.Contains('<', StringComparison.Ordinal) && value.Contains('>', StringComparison.Ordinal))
        {
            errors[field] = "Plain text only, without HTML.";
        }
    }
}
