namespace Correspondence.Web.Pages.Backlog;

/// <summary>RFC 4180 fields, with spreadsheet formulas defused: a constituent's subject must not run in the manager's Excel.</summary>
public static class Csv
{
    public static string Line(params string[] fields) => string.Join(',', fields.Select(Field));

    public static string Field(string value)
    {
        if (value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r') value = "'" + value;
        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }
}
