using System.Text;
using Correspondence.Core.Inbox;

namespace Correspondence.UnitTests.Inbox;

/// <summary>Parses hand-written raw emails the way the inbox does.</summary>
internal static class TestMail
{
    public static readonly DateTime Now = new(2026, 12, 1, 9, 0, 0, DateTimeKind.Utc);

    public static ParsedMail ParseUtf8(string raw) => MailParser.Parse(new MemoryStream(Encoding.UTF8.GetBytes(raw)), Now);

    public static ParsedMail ParseLatin1(string raw) => MailParser.Parse(new MemoryStream(Encoding.Latin1.GetBytes(raw)), Now);

    /// <summary>Joins lines with CRLF, as mail travels on the wire.</summary>
    public static string Crlf(params string[] lines) => string.Join("\r\n", lines);

    /// <summary>Joins lines with LF, as a mail saved on Unix often is.</summary>
    public static string Lf(params string[] lines) => string.Join("\n", lines);
}
