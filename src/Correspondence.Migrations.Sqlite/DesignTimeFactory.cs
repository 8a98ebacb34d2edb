using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Correspondence.Migrations.Sqlite;

/// <summary>Lets `dotnet ef migrations add --project src/Correspondence.Migrations.Sqlite` run without a startup host.</summary>
internal sealed class DesignTimeFactory : IDesignTimeDbContextFactory<CorrespondenceDbContext>
{
    public CorrespondenceDbContext CreateDbContext(string[] args)
    {
        var builder = new DbContextOptionsBuilder<CorrespondenceDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder,
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, ConnectionString = "Data Source=design-time.db" });
        return new CorrespondenceDbContext(builder.Options);
    }
}
