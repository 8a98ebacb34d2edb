using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class OfficeWorkflow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox");

            migrationBuilder.AlterColumn<long>(
                name: "DraftId",
                table: "Outbox",
                type: "bigint",
                nullable: true,
                oldClrType: typeof(long),
                oldType: "bigint");

            migrationBuilder.AddColumn<int>(
                name: "Kind",
                table: "Outbox",
                type: "int",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.AddColumn<string>(
                name: "AssignedTo",
                table: "Messages",
                type: "nvarchar(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Constituency",
                table: "Messages",
                type: "int",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<int>(
                name: "Constituency",
                table: "Constituents",
                type: "int",
                nullable: false,
                defaultValue: 0);

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

            migrationBuilder.CreateTable(
                name: "TemplateRevisions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Revision = table.Column<int>(type: "int", nullable: false),
                    Content = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    Comment = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TemplateRevisions", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox",
                column: "DraftId",
                unique: true,
                filter: "[DraftId] IS NOT NULL");

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
                name: "IX_Outbox_DraftId",
                table: "Outbox");

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
                type: "bigint",
                nullable: false,
                defaultValue: 0L,
                oldClrType: typeof(long),
                oldType: "bigint",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Outbox_DraftId",
                table: "Outbox",
                column: "DraftId",
                unique: true);
        }
    }
}
