using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.Sqlite.Migrations
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
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "SlotAt",
                table: "Outbox",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "SendPaces",
                columns: table => new
                {
                    Account = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    NextSlotAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    PausedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PauseReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true)
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
