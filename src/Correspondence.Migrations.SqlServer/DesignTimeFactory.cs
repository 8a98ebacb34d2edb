using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Correspondence.Migrations.SqlServer;

/// <summary>Lets `dotnet ef migrations add/script` run for SQL Server with no server: nothing here connects.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CorrespondenceDbContext>
{
    public CorrespondenceDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CorrespondenceDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = DatabaseProvider.SqlServer,
            ConnectionString = "Server=localhost;Database=Correspondence;Integrated Security=true;TrustServerCertificate=true",
        });
        return new CorrespondenceDbContext(builder.Options);
    }
}
