using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Correspondence.Core.Drafting;

/// <summary>Serves {{ include }} only from the reply templates folder: no absolute paths, no "..", only .scriban files.</summary>
internal sealed class ConfinedTemplateLoader(string root) : ITemplateLoader
{
    private readonly string _root = Path.GetFullPath(root) + Path.DirectorySeparatorChar;

    public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName)
    {
        var name = templateName.EndsWith(".scriban", StringComparison.Ordinal) ? templateName : templateName + ".scriban";
        var full = Path.GetFullPath(Path.Combine(_root, name));
        if (Path.IsPathRooted(templateName) || !full.StartsWith(_root, StringComparison.Ordinal))
            throw new ScriptRuntimeException(callerSpan, $"Include '{templateName}' is outside the templates folder.");
        return full;
    }

    public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        File.Exists(templatePath)
            ? File.ReadAllText(templatePath)
            : throw new ScriptRuntimeException(callerSpan, $"Template '{Path.GetRelativePath(_root, templatePath)}' does not exist.");

    public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        ValueTask.FromResult<string?>(Load(context, callerSpan, templatePath));
}
