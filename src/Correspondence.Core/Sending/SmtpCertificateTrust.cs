using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Correspondence.Core.Office;

namespace Correspondence.Core.Sending;

/// <summary>
/// Which relay certificates a send accepts: what the system trusts; else one whose chain ends at the configured private
/// CA (Sending:Smtp:TrustedCaFile) with the right host name; else one pinned by SHA-256 (Sending:Smtp:TrustedCertificateSha256).
/// Anything else is refused, so a relay that cannot prove who it is never gets the password or a constituent's reply.
/// </summary>
public sealed class SmtpCertificateTrust
{
    private readonly X509Certificate2Collection _roots = [];
    private readonly HashSet<string> _pins;

    public SmtpCertificateTrust(SmtpOptions settings)
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

    /// <summary>Start-up checks (SendingOptions.Validate): the CA file exists and holds certificates; each pin is a SHA-256.</summary>
    public static IEnumerable<string> Validate(SmtpOptions settings)
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
                yield return $"Sending:Smtp:TrustedCaFile '{path}' {problem}; give the PEM file of the relay's CA certificate.";
        }
        foreach (var pin in settings.TrustedCertificateSha256)
            if (Normalise(pin) is not { Length: 64 } hex || !hex.All(Uri.IsHexDigit))
                yield return $"Sending:Smtp:TrustedCertificateSha256 '{pin}' is not a SHA-256 fingerprint (64 hex digits, colons allowed).";
    }

    private static string Normalise(string pin) => pin.Replace(":", "").Replace(" ", "").Trim().ToUpperInvariant();
}
