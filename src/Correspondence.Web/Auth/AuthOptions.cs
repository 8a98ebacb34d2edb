using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Correspondence.Web.Auth;

/// <summary>Settings section "Auth": session timeouts and the optional OpenID Connect sign-in (e.g. Microsoft Entra ID).</summary>
public sealed class AuthOptions
{
    public const string Section = "Auth";

    /// <summary>A session unused this long ends (sliding).</summary>
    [Range(1, 24 * 60)] public int IdleTimeoutMinutes { get; set; } = 30;

    /// <summary>A session ends this long after sign-in however busy it is.</summary>
    [Range(1, 7 * 24)] public int AbsoluteTimeoutHours { get; set; } = 10;

    public OidcOptions Oidc { get; set; } = new();

    /// <summary>Data annotations do not look inside Oidc; this passes its own checks through, word for word.</summary>
    internal sealed class OidcValidation : IValidateOptions<AuthOptions>
    {
        public ValidateOptionsResult Validate(string? name, AuthOptions options)
        {
            var errors = options.Oidc.Validate(new ValidationContext(options.Oidc)).Select(r => r.ErrorMessage ?? "").ToList();
            return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
        }
    }
}

/// <summary>Settings section "Auth:Oidc". Off by default; when on, every field is checked when the app starts.</summary>
public sealed class OidcOptions : IValidatableObject
{
    public bool Enabled { get; set; }
    /// <summary>The issuer, e.g. https://login.microsoftonline.com/{tenant}/v2.0.</summary>
    public string Authority { get; set; } = "";
    public string ClientId { get; set; } = "";
    public string ClientSecret { get; set; } = "";
    /// <summary>The button's words on the sign-in page.</summary>
    public string DisplayName { get; set; } = "Microsoft Entra ID";

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled) yield break;
        if (!Uri.TryCreate(Authority, UriKind.Absolute, out var authority) || (authority.Scheme != Uri.UriSchemeHttps && !authority.IsLoopback))
            yield return new ValidationResult("Auth:Oidc:Authority must be an https URL (the identity provider's issuer) when Auth:Oidc:Enabled is true.", [nameof(Authority)]);
        if (string.IsNullOrWhiteSpace(ClientId))
            yield return new ValidationResult("Auth:Oidc:ClientId is required when Auth:Oidc:Enabled is true.", [nameof(ClientId)]);
        if (string.IsNullOrWhiteSpace(ClientSecret))
            yield return new ValidationResult("Auth:Oidc:ClientSecret is required when Auth:Oidc:Enabled is true (keep it in a secret store, not in appsettings).", [nameof(ClientSecret)]);
    }
}
