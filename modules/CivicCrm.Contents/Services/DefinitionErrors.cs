using CivicCrm.Content.Metadata;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace CivicCrm.Contents.Services;

/// <summary>Puts the errors of a refused definition change into the model state, next to the inputs they concern.</summary>
public static class DefinitionErrors
{
    /// <param name="keyOf">Maps an error path (e.g. <c>Fields[2].Settings.Options</c>) to a form key; "" for the summary.</param>
    public static void Add(ModelStateDictionary modelState, ContentDefinitionException exception, Func<string, string> keyOf)
    {
        foreach (var error in exception.Errors)
        {
            modelState.AddModelError(keyOf(error.Path), error.Message);
        }
    }
}
