using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class OfficeWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<long>(
                name: "DraftId",
                table: "Outbox",
                type: "INTEGER",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "INTEGER");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "Messages",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Constituency",
                table: "Messages",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Constituency",
                table: "Constituents",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.CreateTable(
                name: "TemplateRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false),
                    Content = table.Column<string>(type: "TEXT", nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateRevisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_Kind_ToAddress_QueuedAt",
                table: "Outbox",
                columns: new[] { "Kind", "ToAddress", "QueuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SendingAccount_SlotAt",
                table: "Outbox",
                columns: new[] { "SendingAccount", "SlotAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_ApprovedBy_MessageId",
                table: "Outbox",
                columns: new[] { "SentAt", "ApprovedBy", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_AssignedTo_Status_ReceivedAt_Id",
                table: "Messages",
                columns: new[] { "AssignedTo", "Status", "ReceivedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ReceivedAt",
                table: "Messages",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateRevisions_Name_Revision",
                table: "TemplateRevisions",
                columns: new[] { "Name", "Revision" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SendPaces");

            migrationBuilder.DropTable(
                name: "TemplateRevisions");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_Kind_ToAddress_QueuedAt",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_SendingAccount_SlotAt",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Outbox_SentAt_ApprovedBy_MessageId",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Messages_AssignedTo_Status_ReceivedAt_Id",
                table: "Messages");

            migrationBuilder.DropIndex(
                name: "IX_Messages_ReceivedAt",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SendingAccount",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "SlotAt",
                table: "Outbox");

            migrationBuilder.DropColumn(
                name: "AssignedTo",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Constituency",
                table: "Messages");

            migrationBuilder.DropColumn(
                name: "Constituency",
                table: "Constituents");

            migrationBuilder.AlterColumn<long>(
                name: "DraftId",
                table: "Outbox",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "INTEGER",
                oldNullable: true);
        }
    }
}
