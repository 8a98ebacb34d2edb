using System.Globalization;
using Correspondence.Core.Office;
using Microsoft.Extensions.Options;
using Scriban;
using Scriban.Runtime;

namespace Correspondence.Core.Drafting;

/// <summary>
/// Renders reply templates in a sandbox (invariant 3): a fresh TemplateContext per render, the model as
/// ScriptObject values only, loop/recursion/output limits, strict variables, includes confined to templates/replies.
/// Constituent text only ever arrives as a string value, so "{{ ... }}" inside an email is printed, never run.
/// </summary>
public sealed class TemplateRenderer
{
    private readonly string _root;
    private readonly ConfinedTemplateLoader _loader;

    public TemplateRenderer(IOptions<PathsOptions> paths)
        : this(Path.Combine(ContentPaths.RequireFolder(paths.Value.Templates, "Paths:Templates"), "replies")) { }

    public TemplateRenderer(string repliesFolder)
    {
        _root = repliesFolder;
        _loader = new ConfinedTemplateLoader(repliesFolder);
    }

    public string RepliesFolder => _root;

    /// <summary>Renders templates/replies/{name}.scriban with the model; throws <see cref="TemplateRenderException"/> with the template's own error.</summary>
    public string Render(string name, ScriptObject model)
    {
        var path = Path.Combine(_root, name + ".scriban");
        if (!File.Exists(path))
            throw new TemplateRenderException(name, $"template file {path} does not exist");
        return RenderText(File.ReadAllText(path), name, model);
    }

    public string RenderText(string source, string name, ScriptObject model)
    {
        var template = Template.Parse(source, name);
        if (template.HasErrors)
            throw new TemplateRenderException(name, string.Join("; ", template.Messages));
        var context = new TemplateContext
        {
            TemplateLoader = _loader,
            LoopLimit = 1_000,
            RecursiveLimit = 16,
            LimitToString = 20_000,
            OutputLimit = 200_000,
            // Scriban truncates by default at a limit; a cut-off letter must fail, not go out without its signature.
            OnOutputLimit = ScriptLimitBehavior.Throw,
            OnStringLimit = ScriptLimitBehavior.Throw,
            ObjectRecursionLimit = 16,
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            RegexTimeOut = TimeSpan.FromMilliseconds(200),
            NewLine = "\n",
        };
        context.PushCulture(CultureInfo.GetCultureInfo("en-GB"));
        context.PushGlobal(model);
        try
        {
            return template.Render(context);
        }
        catch (Exception ex) when (ex is Scriban.Syntax.ScriptRuntimeException or InvalidOperationException)
        {
            throw new TemplateRenderException(name, ex.Message, ex);
        }
    }
}

public sealed class TemplateRenderException(string template, string reason, Exception? inner = null)
    : Exception($"Reply template '{template}' could not be rendered: {reason}", inner)
{
    public string Template { get; } = template;
    public string Reason { get; } = reason;
}
