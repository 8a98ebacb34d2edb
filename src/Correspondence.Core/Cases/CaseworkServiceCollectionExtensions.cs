using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.Core.Cases;

public static class CaseworkServiceCollectionExtensions
{
    /// <summary>The caseworker's actions on messages (review approval with the second-approver rule, batch, close, assign).</summary>
    public static IServiceCollection AddCorrespondenceCasework(this IServiceCollection services)
    {
        services.AddOptions<ReviewOptions>().BindConfiguration(ReviewOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<Casework>();
        services.AddScoped<ReviewApproval>();
        services.AddScoped<BatchApproval>();
        return services;
    }
}
