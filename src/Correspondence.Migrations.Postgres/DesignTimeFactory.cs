using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Correspondence.Migrations.Postgres;

/// <summary>Lets `dotnet ef migrations add/script` run for PostgreSQL with no server: nothing here connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CorrespondenceDbContext>
{
    public CorrespondenceDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CorrespondenceDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.Postgres,
            ConnectionString = "Host=localhost;Database=correspondence;Username=correspondence",
        });
        return new CorrespondenceDbContext(builder.Options);
    }
}
