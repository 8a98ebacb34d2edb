using Correspondence.Core.Templates;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Correspondence.Core.Drafting;

/// <summary>
/// Serves {{ include }} only from the reply templates of one snapshot: never the file system, no rooted paths, no "..",
/// only .scriban names under replies/. An admin's template therefore cannot read anything but other reply templates.
/// </summary>
internal sealed class ConfinedTemplateLoader(TemplateSnapshot snapshot) : ITemplateLoader
{
    private const string Root = TemplateSnapshot.RepliesFolder + "/";

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".scriban", StringComparison.Ordinal) ? templateName : templateName + ".scriban";
        var segments = name.Split('/', '\\');
        if (Path.IsPathRooted(templateName) || name.Contains('\\') || name.Contains(':')
            || segments.Any(s => s is "" or "." or ".."))
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' is outside the templates folder.");
        return Root + name;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        snapshot.Read(templatePath)
            ?? throw new ScriptRuntimeException(callerSpan, $"Template '{templatePath[Root.Length..]}' does not exist.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
