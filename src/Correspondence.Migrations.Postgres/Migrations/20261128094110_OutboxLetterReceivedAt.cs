using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class OutboxLetterReceivedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "LetterReceivedAt",
                table: "Outbox",
                type: "timestamp with time zone",
                nullable: false,
                defaultValue: new DateTime(1, 1, 1, 0, 0, 0, 0, DateTimeKind.Unspecified));

            // Hand-written (keep when regenerating): every existing outbox row gets its letter's receipt time.
            migrationBuilder.Sql(@"UPDATE ""Outbox"" SET ""LetterReceivedAt"" = (SELECT m.""ReceivedAt"" FROM ""Messages"" AS m WHERE m.""Id"" = ""Outbox"".""MessageId"")");

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Kind_SentAt_LetterReceivedAt_ApprovedBy_MessageId",
                table: "Outbox",
                columns: new[] { "Kind", "SentAt", "LetterReceivedAt", "ApprovedBy", "MessageId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_Kind_SentAt_LetterReceivedAt_ApprovedBy_MessageId",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "LetterReceivedAt",
                table: "Outbox");
        }
    }
}
