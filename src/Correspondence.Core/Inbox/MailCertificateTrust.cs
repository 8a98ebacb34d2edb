using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Correspondence.Core.Office;

namespace Correspondence.Core.Inbox;

/// <summary>The trust settings an SMTP relay (Sending:Smtp) and an IMAP mailbox (Inbox:Mailboxes:N) share.</summary>
public interface IMailServerTrustSettings
{
    /// <summary>The PEM file of a private CA; relative paths resolve against the app root.</summary>
    string? TrustedCaFile { get; }
    /// <summary>SHA-256 fingerprints of certificates accepted whatever their chain or name.</summary>
    List<string> TrustedCertificateSha256 { get; }
}

/// <summary>
/// Which mail server certificates a connection accepts: what the system trusts; else one whose chain ends at the
/// configured private CA (TrustedCaFile) with the right host name; else one pinned by SHA-256 (TrustedCertificateSha256).
/// Anything else is refused during the TLS handshake, so a server that cannot prove who it is never gets the password,
/// a constituent's reply, or the inbox. Used for SMTP sending and IMAP reading alike.
/// </summary>
public sealed class MailCertificateTrust
{
    private readonly X509Certificate2Collection _roots = [];
    private readonly HashSet<string> _pins;

    public MailCertificateTrust(IMailServerTrustSettings settings)
    {
        if (!string.IsNullOrWhiteSpace(settings.TrustedCaFile))
            _roots.ImportFromPemFile(ContentPaths.Resolve(settings.TrustedCaFile));
        _pins = settings.TrustedCertificateSha256.Select(Normalise).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>True when neither a private CA nor a pin is configured: MailKit's own (system) validation applies unchanged.</summary>
    public bool SystemOnly => _roots.Count == 0 && _pins.Count == 0;

    public bool Accept(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None) return true;
        if (certificate is null) return false;
        using var presented = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        if (_pins.Contains(Convert.ToHexString(SHA256.HashData(presented.RawData)))) return true;
        // A private CA vouches for the chain only; the name must still match the host we asked for.
        if (_roots.Count == 0 || (errors & ~SslPolicyErrors.RemoteCertificateChainErrors) != SslPolicyErrors.None) return false;
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(_roots);
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
            foreach (var element in chain.ChainElements) custom.ChainPolicy.ExtraStore.Add(element.Certificate);
        return custom.Build(presented);
    }

    /// <summary>
    /// Start-up checks: the CA file exists and holds certificates; each pin is a SHA-256. <paramref name="prefix"/> names
    /// the settings section in the message ("Sending:Smtp:", or "" where the caller names the mailbox).
    /// </summary>
    public static IEnumerable<string> Validate(IMailServerTrustSettings settings, string prefix)
    {
        if (!string.IsNullOrWhiteSpace(settings.TrustedCaFile))
        {
            var path = ContentPaths.Resolve(settings.TrustedCaFile);
            string? problem = null;
            try
            {
                var certificates = new X509Certificate2Collection();
                certificates.ImportFromPemFile(path);
                if (certificates.Count == 0) problem = "holds no PEM certificate";
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or CryptographicException)
            {
                problem = $"could not be read ({ex.Message})";
            }
            if (problem is not null)
                yield return $"{prefix}TrustedCaFile '{path}' {problem}; give the PEM file of the server's CA certificate.";
        }
        foreach (var pin in settings.TrustedCertificateSha256)
            if (Normalise(pin) is not { Length: 64 } hex || !hex.All(Uri.IsHexDigit))
                yield return $"{prefix}TrustedCertificateSha256 '{pin}' is not a SHA-256 fingerprint (64 hex digits, colons allowed).";
    }

    private static string Normalise(string pin) => pin.Replace(":", "").Replace(" ", "").Trim().ToUpperInvariant();
}
