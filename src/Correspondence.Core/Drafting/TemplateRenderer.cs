using System.Globalization;
using Correspondence.Core.Templates;
using Scriban;
using Scriban.Runtime;

namespace Correspondence.Core.Drafting;

/// <summary>
/// Renders reply templates in a sandbox (invariant 3): a fresh TemplateContext per render, the model as
/// ScriptObject values only, loop/recursion/output limits, strict variables, includes confined to the replies/ templates of the snapshot.
/// Constituent text only ever arrives as a string value, so "{{ ... }}" inside an email is printed, never run.
/// </summary>
public sealed class TemplateRenderer(TemplateSet templates)
{
    public TemplateSet Templates => templates;

    /// <summary>Renders replies/{name}.scriban of the snapshot (the current one by default); throws <see cref="TemplateRenderException"/> with the template's own error.</summary>
    public string Render(string name, ScriptObject model, TemplateSnapshot? snapshot = null)
    {
        snapshot ??= templates.Current;
        var source = snapshot.Read($"{TemplateSnapshot.RepliesFolder}/{name}.scriban")
            ?? throw new TemplateRenderException(name, $"template {TemplateSnapshot.RepliesFolder}/{name}.scriban does not exist");
        return RenderText(source, name, model, snapshot);
    }

    /// <summary>Parses the source, or throws with every parse error (the template editor shows them).</summary>
    public static Template Parse(string source, string name)
    {
        var template = Template.Parse(source, name);
        if (template.HasErrors)
            throw new TemplateRenderException(name, string.Join("; ", template.Messages));
        return template;
    }

    public string RenderText(string source, string name, ScriptObject model, TemplateSnapshot? snapshot = null)
    {
        var template = Parse(source, name);
        var context = new TemplateContext
        {
            TemplateLoader = new ConfinedTemplateLoader(snapshot ?? templates.Current),
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
