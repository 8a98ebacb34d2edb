using System.Net.Mail;

namespace Correspondence.Core.Drafting;

/// <summary>The name to greet a constituent by, from the From header's display name.</summary>
public static class GreetingName
{
    public const string Fallback = "Sir or Madam";

    public static string From(string? displayName)
    {
        // A display name is one line: CR, LF, tabs and other control characters become single spaces.
        var oneLine = string.Join(' ', new string((displayName ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray())
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var name = oneLine.Trim('"', '\'').Trim();
        if (name.Length == 0 || name.Contains('@') || !name.Any(char.IsLetter)) return Fallback;
        // "Lovelace, Ada" -> "Ada Lovelace"; but "Ada Lovelace, MBE" keeps the name and drops the suffix.
        var comma = name.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (comma.Length >= 2)
            name = comma.Length == 2 && !comma[0].Contains(' ') && comma[1].Any(char.IsLower) ? $"{comma[1]} {comma[0]}" : comma[0];
        // Shouting or all lower case reads badly in a letter: "ADA LOVELACE" -> "Ada Lovelace".
        if (name == name.ToUpperInvariant() || name == name.ToLowerInvariant())
            name = System.Globalization.CultureInfo.GetCultureInfo("en-GB").TextInfo.ToTitleCase(name.ToLowerInvariant());
        return name.Length > 80 ? Fallback : name;
    }

    public static bool IsValidAddress(string? address) =>
        !string.IsNullOrWhiteSpace(address) && MailAddress.TryCreate(address, out _);
}
