namespace Correspondence.Web.Security;

public static class SecurityHeaders
{
    /// <summary>
    /// A strict CSP on every response: only our own scripts and styles, no plugins, no framing by other sites,
    /// forms post only to us. Constituent HTML is never inlined into our pages, so nothing here needs relaxing for it.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
        "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; frame-src 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            // The Hangfire dashboard ships inline scripts; it is Admin-only and keeps its own looser policy.
            if (!context.Request.Path.StartsWithSegments("/jobs"))
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            await next();
        });
}
