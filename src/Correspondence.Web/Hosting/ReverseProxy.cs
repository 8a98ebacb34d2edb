using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;
using IPNetwork = System.Net.IPNetwork;

namespace Correspondence.Web.Hosting;

/// <summary>
/// Settings section "ReverseProxy": when the app sits behind TLS termination, trust X-Forwarded-For and
/// X-Forwarded-Proto from the listed proxies only, so HSTS, secure cookies and the audit's "from where" see the
/// browser's scheme and address instead of the proxy's. Off by default: the headers are ignored from everyone.
/// </summary>
public sealed class ReverseProxyOptions : IValidatableObject
{
    public const string Section = "ReverseProxy";

    public bool Enabled { get; set; }

    /// <summary>Proxy addresses, e.g. "10.0.0.5".</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, e.g. "10.0.0.0/24".</summary>
    public List<string> KnownNetworks { get; set; } = [];

    /// <summary>How many proxies in a chain to step back through (one for a single TLS terminator).</summary>
    [Range(1, 10)] public int ForwardLimit { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var proxy in KnownProxies.Where(p => !IPAddress.TryParse(p, out _)))
            yield return new ValidationResult($"ReverseProxy:KnownProxies: '{proxy}' is not an IP address.", [nameof(KnownProxies)]);
        foreach (var network in KnownNetworks.Where(n => !IPNetwork.TryParse(n, out _)))
            yield return new ValidationResult($"ReverseProxy:KnownNetworks: '{network}' is not a network in CIDR notation (e.g. 10.0.0.0/24).", [nameof(KnownNetworks)]);
        if (Enabled && KnownProxies.Count == 0 && KnownNetworks.Count == 0)
            yield return new ValidationResult("ReverseProxy:Enabled is true but no proxy is trusted: list the TLS terminator's address in "
                + "ReverseProxy:KnownProxies or its network in ReverseProxy:KnownNetworks.", [nameof(KnownProxies)]);
    }
}

public static class ReverseProxyExtensions
{
    public static IServiceCollection AddCorrespondenceReverseProxy(this IServiceCollection services)
    {
        services.AddOptions<ReverseProxyOptions>().BindConfiguration(ReverseProxyOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ReverseProxyOptions>>((o, settings) =>
        {
            var proxy = settings.Value;
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.ForwardLimit = proxy.ForwardLimit;
            // Only the proxies named in settings: not even loopback is trusted by default.
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var address in proxy.KnownProxies) o.KnownProxies.Add(IPAddress.Parse(address));
            foreach (var network in proxy.KnownNetworks) o.KnownIPNetworks.Add(IPNetwork.Parse(network));
        });
        return services;
    }

    /// <summary>First in the pipeline, so everything after it (HSTS, cookies, audit) sees the browser's scheme and address.</summary>
    public static WebApplication UseCorrespondenceReverseProxy(this WebApplication app)
    {
        // Reading the options here validates them: a wrong address stops the app with the message above.
        if (app.Services.GetRequiredService<IOptions<ReverseProxyOptions>>().Value.Enabled) app.UseForwardedHeaders();
        return app;
    }
}
