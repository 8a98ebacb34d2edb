namespace Correspondence.IntegrationTests.Support;

public static class ImapSettings
{
    /// <summary>Settings that point the app's inbox at a test IMAP server (plain text: loopback only).</summary>
    public static Dictionary<string, string?> For(string host, int port, string user = "office", string password = "secret",
        bool runWorker = false) => new()
    {
        ["Inbox:Source"] = "Imap",
        ["Inbox:Mailboxes:0:Host"] = host,
        ["Inbox:Mailboxes:0:Port"] = port.ToString(),
        ["Inbox:Mailboxes:0:Security"] = "None",
        ["Inbox:Mailboxes:0:Username"] = user,
        ["Inbox:Mailboxes:0:Password"] = password,
        ["Inbox:Mailboxes:0:BatchSize"] = "200",
        ["Inbox:PollSeconds"] = "1",
        ["Web:RunInboxWorker"] = runWorker ? "true" : "false",
        ["Jobs:RunServer"] = "false",
    };
}
