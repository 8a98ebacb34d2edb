using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Correspondence.Core.Operations;

public static class TelemetryExtensions
{
    /// <summary>
    /// OpenTelemetry metrics and traces for any host. Exported over OTLP when the standard OTEL_EXPORTER_OTLP_ENDPOINT
    /// variable is set (OpenTelemetry's own convention, read from configuration when the host is built); without it the
    /// instruments still exist, for dotnet-counters and the tests, and nothing is sent anywhere.
    /// </summary>
    public static IServiceCollection AddCorrespondenceTelemetry(this IServiceCollection services, IConfiguration configuration,
        Action<TracerProviderBuilder>? tracing = null, Action<MeterProviderBuilder>? metrics = null)
    {
        services.AddSingleton<QueueDepthSampler>();
        services.AddSingleton<IHostedService>(sp => sp.GetRequiredService<QueueDepthSampler>());
        var export = !string.IsNullOrWhiteSpace(configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(configuration["OTEL_SERVICE_NAME"] ?? "correspondence"))
            .WithMetrics(m =>
            {
                m.AddMeter(CorrespondenceTelemetry.Name).AddRuntimeInstrumentation();
                metrics?.Invoke(m);
                if (export) m.AddOtlpExporter();
            })
            .WithTracing(t =>
            {
                t.AddSource(CorrespondenceTelemetry.Name);
                tracing?.Invoke(t);
                if (export) t.AddOtlpExporter();
            });
        return services;
    }
}
