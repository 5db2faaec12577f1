using System.Globalization;
using CivicCrm.ServiceRequests.Models;

namespace CivicCrm.ServiceRequests.Services;

/// <summary>Checks answers against a type's questions; returns the stored answers and every error by field.</summary>
public static class AnswerValidator
{

    /// <param name="requireAnswers">False for channels that cannot ask (email): missing required answers are left for staff.</param>
    public static Dictionary<string, string> Validate(
        RequestType type, IReadOnlyDictionary<string, string[]> answers, Dictionary<string, string[]> errors, bool requireAnswers = true)
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var unknown in answers.Keys.Where(k => !type.Questions.Exists(q => q.Code == k)))
        {
            errors[$"attribute[{unknown}]"] = [$"'{unknown}' is not a question of {type.Name}."];
        }

        foreach (var question in type.Questions.OrderBy(q => q.Order))
        {
            var key = $"attribute[{question.Code}]";
            var values = answers.TryGetValue(question.Code, out var given)
                ? given.Where(v => !string.IsNullOrWhiteSpace(v)).Select(v => v.Trim()).ToArray()
                : [];
            if (values.Length == 0)
            {
                if (question.Required && requireAnswers)
                {
                    errors[key] = [$"{question.Label} is required."];
                }

                continue;
            }

            var error = Check(question, values);
            if (error is not null)
            {
                errors[key] = [error];
            }
            else
            {
                stored[question.Code] = string.Join(",", values);
            }
        }

        return stored;
    }

    private static string? Check(Question question, string[] values)
    {
        var many = question.DataType == "multivaluelist";
        if (!many && values.Length > 1)
        {
            return $"{question.Label} takes one answer.";
        }

        switch (question.DataType)
        {
            case "number" when !decimal.TryParse(values[0], NumberStyles.Number, CultureInfo.InvariantCulture, out _):
                return $"{question.Label} must be a number.";
            case "datetime" when !DateTimeOffset.TryParse(values[0], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _):
                return $"{question.Label} must be a date and time (ISO 8601).";
            case "singlevaluelist" or "multivaluelist":
                foreach (var value in values)
                {
                    var choice = question.Values.Find(v => v.Key == value);
                    if (choice is null)
                    {
                        return $"'{value}' is not one of the answers for {question.Label}: {string.Join(", ", question.Values.Select(v => v.Key))}.";
                    }

                    if (choice.BlockMessage is { Length: > 0 } block)
                    {
                        return block;
                    }
                }

                return null;
            default:
                return values[0].Length > 2000 ? $"{question.Label} must be at most 2000 characters."
                    : IntakeValidator.HtmlTag().IsMatch(values[0]) ? $"{question.Label} must be plain text, without HTML tags."
                    : null;
        }
    }
}
