using System.Text;

namespace Correspondence.IntegrationTests.Support;

/// <summary>Generated constituent letters, varied enough to look like a real inbox.</summary>
public static class TestMail
{
    private static readonly string[] Names = ["Ada Lovelace", "Mary Seacole", "Alan Turing", "Grace Hopper", "Tommy Atkins", "Rosalind Franklin"];
    private static readonly string[] Subjects = ["Support for Ukraine", "Ceasefire in Gaza now", "Defence spending", "Pothole on the High Street", "Rejoin the EU"];
    private static readonly string[] Postcodes = ["SW1A 0AA", "EX1 4QT", "M1 1AE", "B33 8TH", "CR2 6XH"];

    public static string MessageId(int i, string run = "it") => $"letter-{run}-{i}@example.org";

    public static byte[] Letter(int i, string run = "it")
    {
        var name = Names[i % Names.Length];
        var address = $"{name.Split(' ')[0].ToLowerInvariant()}.{i}@example.org";
        return Encoding.UTF8.GetBytes(
            $"From: {name} <{address}>\r\n" +
            "To: MP Office <office@mp.example>\r\n" +
            $"Subject: {Subjects[i % Subjects.Length]} ({i})\r\n" +
            $"Date: Mon, 02 Nov 2026 09:{i % 60:D2}:00 +0000\r\n" +
            $"Message-ID: <{MessageId(i, run)}>\r\n" +
            "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n" +
            $"Dear MP,\r\n\r\nLetter number {i} about {Subjects[i % Subjects.Length].ToLowerInvariant()}.\r\n\r\n{name}\r\n{Postcodes[i % Postcodes.Length]}\r\n");
    }

    public static IEnumerable<byte[]> Letters(int from, int count, string run = "it") =>
        Enumerable.Range(from, count).Select(i => Letter(i, run));
}
