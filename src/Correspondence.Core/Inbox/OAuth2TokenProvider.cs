using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json.Serialization;

namespace Correspondence.Core.Inbox;

/// <summary>Supplies OAuth2 access tokens for SASL XOAUTH2; replace it in DI to take tokens from elsewhere.</summary>
public interface IOAuth2TokenProvider
{
    Task<string> GetAccessTokenAsync(ImapMailboxOptions mailbox, CancellationToken ct);
}

/// <summary>The OAuth2 client-credentials grant (RFC 6749 4.4), as Microsoft Entra ID issues app tokens for IMAP; cached until near expiry.</summary>
public sealed class ClientCredentialsTokenProvider(HttpClient http, TimeProvider clock) : IOAuth2TokenProvider
{
    private readonly ConcurrentDictionary<string, (string Token, DateTimeOffset Expires)> _cache = new();

    public async Task<string> GetAccessTokenAsync(ImapMailboxOptions mailbox, CancellationToken ct)
    {
        var o = mailbox.OAuth2;
        var key = $"{o.TokenEndpoint}|{o.ClientId}|{o.Scope}";
        if (_cache.TryGetValue(key, out var cached) && cached.Expires > clock.GetUtcNow().AddMinutes(2))
            return cached.Token;
        using var response = await http.PostAsync(o.TokenEndpoint, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = o.ClientId,
            ["client_secret"] = o.ClientSecret,
            ["scope"] = o.Scope,
        }), ct);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"The OAuth2 token endpoint refused the request for {mailbox.DisplayName}: {(int)response.StatusCode} {response.ReasonPhrase}. Check Inbox:Mailboxes OAuth2 settings.");
        var token = await response.Content.ReadFromJsonAsync<TokenResponse>(ct)
            ?? throw new InvalidOperationException("The OAuth2 token endpoint returned no token.");
        _cache[key] = (token.AccessToken, clock.GetUtcNow().AddSeconds(Math.Max(60, token.ExpiresIn)));
        return token.AccessToken;
    }

    private sealed record TokenResponse(
        [property: JsonPropertyName("access_token")] string AccessToken,
        [property: JsonPropertyName("expires_in")] int ExpiresIn);
}
