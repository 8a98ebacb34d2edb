using System.Text.RegularExpressions;
using Correspondence.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Correspondence.IntegrationTests.Data;

/// <summary>
/// SQL Server cannot run on these machines, so its schema is checked without a server: the migrations match the model,
/// the idempotent deployment script is produced, and no index key passes SQL Server's size limits.
/// </summary>
public sealed partial class SchemaChecksTests
{
    private static CorrespondenceDbContext Context(DatabaseProvider provider)
    {
        var builder = new DbContextOptionsBuilder<CorrespondenceDbContext>();
        DatabaseServiceCollectionExtensions.Configure(builder, new DatabaseOptions
        {
            Provider = provider,
            // Never opened: every check below works from the model and the migrations assembly.
            ConnectionString = provider switch
            {
                DatabaseProvider.SqlServer => "Server=localhost;Database=Correspondence;Integrated Security=true;TrustServerCertificate=true",
                DatabaseProvider.Postgres => "Host=localhost;Database=correspondence;Username=never-opened",
                _ => $"Data Source={Path.Combine(Path.GetTempPath(), "never-opened.db")}",
            },
        });
        return new CorrespondenceDbContext(builder.Options);
    }

    /// <summary>
    /// A retrying execution strategy throws on every explicit BeginTransaction (ingest, approval, sending all open one),
    /// so production on SQL Server would fail at the first approval. Checked without a server: the strategy is built
    /// from the options alone.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void ExecutionStrategy_AllowsTheExplicitTransactionsTheAppOpens(DatabaseProvider provider)
    {
        using var db = Context(provider);
        Assert.False(db.Database.CreateExecutionStrategy().RetriesOnFailure);
    }

    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public void Migrations_MatchTheModel(DatabaseProvider provider)
    {
        using var db = Context(provider);

        Assert.False(db.Database.HasPendingModelChanges(),
            $"The model has changes with no {provider} migration: run `dotnet ef migrations add <Name> --project src/Correspondence.Migrations.{provider} --output-dir Migrations`.");
    }

    [Fact]
    public void SqlServerIdempotentScript_CreatesEveryTableUnderAGuardPerMigration()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var migrations = db.Database.GetMigrations().ToList();

        var script = db.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        Assert.NotEmpty(migrations);
        foreach (var id in migrations)
            Assert.Contains($"WHERE [MigrationId] = N'{id}'", script);
        foreach (var table in db.Model.GetRelationalModel().Tables)
            Assert.Contains($"CREATE TABLE [{table.Name}]", script);
    }

    /// <summary>
    /// The dashboard's time-to-reply CASE is a binary search over the day cut-offs (ADR 0011 revision 3), so it nests;
    /// SQL Server refuses CASE expressions nested more than 10 deep. Rendered by EF Core for each provider, no server.
    /// </summary>
    [Theory]
    [InlineData(DatabaseProvider.SqlServer)]
    [InlineData(DatabaseProvider.Postgres)]
    [InlineData(DatabaseProvider.Sqlite)]
    public void DashboardReplyTimesCase_NestsWithinSqlServersLimit(DatabaseProvider provider)
    {
        using var db = Context(provider);

        var sql = Core.Backlog.ReplyTimes.BucketedSql(db);

        int depth = 0, deepest = 0;
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(sql, @"\b(CASE|END)\b"))
        {
            depth += m.Value == "CASE" ? 1 : -1;
            deepest = Math.Max(deepest, depth);
        }
        Assert.Equal(0, depth);
        Assert.InRange(deepest, 2, 10);
    }

    [Fact]
    public void SqlServerIndexKeys_AreWithinTheLimits()
    {
        using var db = Context(DatabaseProvider.SqlServer);
        var problems = new List<string>();

        foreach (var table in db.Model.GetRelationalModel().Tables.Where(t => !IdentityTables.Contains(t.Name)))
        {
            foreach (var key in table.PrimaryKey is { } pk ? [pk] : Array.Empty<IPrimaryKeyConstraint>())
                Check(table.Name, key.Name, key.Columns, 900, problems); // the clustered key
            foreach (var unique in table.UniqueConstraints.Where(u => u != table.PrimaryKey))
                Check(table.Name, unique.Name, unique.Columns, 1700, problems);
            foreach (var index in table.Indexes)
                Check(table.Name, index.Name, index.Columns, 1700, problems);
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>
    /// ASP.NET Core Identity's own composite keys are nvarchar(450) columns whose values are GUIDs and login provider
    /// names (well under 100 characters). SQL Server only warns when such a key is created and enforces the limit on the
    /// actual value, so Identity's standard schema is used as Microsoft ships it; every table of ours is checked.
    /// </summary>
    private static readonly HashSet<string> IdentityTables = ["AspNetUserLogins", "AspNetUserRoles", "AspNetUserTokens"];

    private static void Check(string table, string name, IEnumerable<IColumn> columns, int limit, List<string> problems)
    {
        var bytes = 0;
        foreach (var column in columns)
        {
            var size = KeyBytes(column.StoreType);
            if (size is null) { problems.Add($"{table}.{name}: column {column.Name} ({column.StoreType}) cannot be an index key"); return; }
            bytes += size.Value;
        }
        if (bytes > limit) problems.Add($"{table}.{name}: key is {bytes} bytes, over SQL Server's {limit}-byte limit (hash long keys)");
    }

    /// <summary>The most bytes a value of this SQL Server type takes in an index key; null when it cannot be a key.</summary>
    private static int? KeyBytes(string storeType)
    {
        var m = SizedType().Match(storeType);
        if (m.Success)
        {
            if (m.Groups[2].Value == "max") return null;
            var n = int.Parse(m.Groups[2].Value);
            return m.Groups[1].Value switch { "nvarchar" or "nchar" => 2 * n, "varchar" or "char" or "varbinary" or "binary" => n, _ => 17 };
        }
        return storeType switch
        {
            "bigint" or "datetime2" or "datetime" or "float" or "datetimeoffset" => storeType == "datetimeoffset" ? 10 : 8,
            "int" or "real" => 4,
            "smallint" => 2,
            "tinyint" or "bit" => 1,
            "uniqueidentifier" => 16,
            _ => null,
        };
    }

    [GeneratedRegex(@"^(nvarchar|varchar|nchar|char|varbinary|binary|decimal)\((max|\d+)")]
    private static partial Regex SizedType();
}
