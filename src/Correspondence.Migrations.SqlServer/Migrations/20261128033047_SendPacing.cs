using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class SendPacing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "SendingAccount",
                table: "Outbox",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SlotAt",
                table: "Outbox",
                type: "datetime2",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SendPaces",
                columns: table => new
                {
                    Account = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    NextSlotAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    PausedUntil = table.Column<DateTime>(type: "datetime2", nullable: true),
                    PauseReason = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SendPaces", x => x.Account);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SendingAccount_SlotAt",
                table: "Outbox",
                columns: new[] { "SendingAccount", "SlotAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SendPaces");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_SendingAccount_SlotAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SendingAccount",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SlotAt",
                table: "Outbox");
        }
    }
}
