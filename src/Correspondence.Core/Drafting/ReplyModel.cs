using Correspondence.Core.Office;
using Correspondence.Core.Triage;
using Scriban.Runtime;

namespace Correspondence.Core.Drafting;

/// <summary>Builds the template model from plain strings only: no .NET object reaches a template.</summary>
internal static class ReplyModel
{
    public static ScriptObject Office(OfficeOptions office) => new()
    {
        ["mp_name"] = office.MpName,
        ["constituency"] = office.Constituency,
        ["address"] = office.OfficeAddress,
        ["signature"] = office.Signature.Length > 0 ? office.Signature : office.MpName,
        ["from_name"] = office.FromName,
    };

    public static ScriptObject Topic(PolicyTopic topic, IEnumerable<PolicyParagraph> paragraphs, string templateName)
    {
        var list = new ScriptArray();
        foreach (var p in paragraphs)
            list.Add(new ScriptObject { ["id"] = p.Id, ["text"] = p.Text });
        return new ScriptObject
        {
            ["id"] = topic.Id,
            ["title"] = topic.Title,
            ["template"] = templateName,
            ["paragraphs"] = list,
        };
    }

    public static ScriptArray Strings(IEnumerable<string> values)
    {
        var array = new ScriptArray();
        foreach (var v in values) array.Add(v);
        return array;
    }
}
