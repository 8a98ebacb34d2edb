namespace Correspondence.Benchmarks;

/// <summary>Where the IMAP server is: the Dovecot the parent process started, passed to each phase's process.</summary>
public sealed record Server(string Host, int Port, string User, string Password);
