using MimeKit;

namespace Correspondence.Core.Constituency;

/// <summary>
/// The other MP's office a non-constituent's letter is passed to. Built only through <see cref="TryCreate"/>, which
/// refuses anything that is not one plain mailbox: no line breaks or other control characters (header injection), no
/// second address, group or display-name syntax smuggled into the address field.
/// </summary>
public sealed record ForwardRecipient(string Name, string Address, string Constituency)
{
    public const int MaxNameLength = 200;

    public static bool TryCreate(string? name, string? address, string? constituency, out ForwardRecipient recipient, out string problem)
    {
        recipient = null!;
        name = (name ?? "").Trim();
        address = (address ?? "").Trim();
        constituency = (constituency ?? "").Trim();
        if (address.Length == 0) { problem = "Enter the office's email address (or pick an MP from the list)."; return false; }
        if (HasControl(name) || HasControl(address) || HasControl(constituency))
        {
            problem = "The name or address has a line break or other control character in it; that is not allowed. Type it again on one line.";
            return false;
        }
        if (name.Length > MaxNameLength || constituency.Length > MaxNameLength) { problem = $"Keep the name and constituency under {MaxNameLength} characters."; return false; }
        if (address.Length > 254 || address.Any(c => char.IsWhiteSpace(c) || c is ',' or ';' or '<' or '>' or '"' or '(' or ')' or ':' or '[' or ']' or '\\'))
        {
            problem = $"\"{address}\" is not one email address: enter just the address, like office@othermp.example (no name, spaces, commas or angle brackets).";
            return false;
        }
        if (!MailboxAddress.TryParse(ParserOptions.Default, address, out var parsed) || parsed.Address != address
            || address.IndexOf('@') is var at && (at <= 0 || address.LastIndexOf('@') != at || !address[(at + 1)..].Contains('.')))
        {
            problem = $"\"{address}\" is not a valid email address: it should look like office@othermp.example.";
            return false;
        }
        recipient = new ForwardRecipient(name, address, constituency);
        problem = "";
        return true;
    }

    private static bool HasControl(string s) => s.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029');
}
