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

            migrationBuilder.AddColumn<long>(
                name: "CampaignId",
                table: "Messages",
                type: "bigint",
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
                name: "Campaigns",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    TopicId = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    TopicVotes = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: false),
                    Status = table.Column<int>(type: "int", nullable: false),
                    MemberCount = table.Column<int>(type: "int", nullable: false),
                    PulledOutCount = table.Column<int>(type: "int", nullable: false),
                    FirstSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    LastSeenAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    RepresentativeText = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    RepresentativeMessageId = table.Column<long>(type: "bigint", nullable: false),
                    DraftSubject = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    DraftText = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    DraftVersion = table.Column<int>(type: "int", nullable: false),
                    DraftUpdatedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    DraftUpdatedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ReleasedBy = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    ReleasedDraftVersion = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Campaigns", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "CampaignMembers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<long>(type: "bigint", nullable: false),
                    MessageId = table.Column<long>(type: "bigint", nullable: false),
                    Similarity = table.Column<double>(type: "float", nullable: false),
                    JoinedAt = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Additions = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    PulledOut = table.Column<bool>(type: "bit", nullable: false),
                    PullOutReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ReleasedAt = table.Column<DateTime>(type: "datetime2", nullable: true),
                    OutboxId = table.Column<long>(type: "bigint", nullable: true),
                    ReleaseProblem = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignMembers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignMembers_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CampaignMembers_Messages_MessageId",
                        column: x => x.MessageId,
                        principalTable: "Messages",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignSignatures",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    CampaignId = table.Column<long>(type: "bigint", nullable: true),
                    MessageId = table.Column<long>(type: "bigint", nullable: false),
                    Values = table.Column<byte[]>(type: "varbinary(512)", maxLength: 512, nullable: false),
                    Shingles = table.Column<int>(type: "int", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "datetime2", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CampaignSignatures_Campaigns_CampaignId",
                        column: x => x.CampaignId,
                        principalTable: "Campaigns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CampaignBuckets",
                columns: table => new
                {
                    Key = table.Column<long>(type: "bigint", nullable: false),
                    SignatureId = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CampaignBuckets", x => new { x.Key, x.SignatureId });
                    table.ForeignKey(
                        name: "FK_CampaignBuckets_CampaignSignatures_SignatureId",
                        column: x => x.SignatureId,
                        principalTable: "CampaignSignatures",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
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
                name: "IX_Messages_CampaignId",
                table: "Messages",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ReceivedAt",
                table: "Messages",
                column: "ReceivedAt");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignBuckets_SignatureId",
                table: "CampaignBuckets",
                column: "SignatureId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignMembers_CampaignId_Id",
                table: "CampaignMembers",
                columns: new[] { "CampaignId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignMembers_MessageId",
                table: "CampaignMembers",
                column: "MessageId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Campaigns_Status_LastSeenAt",
                table: "Campaigns",
                columns: new[] { "Status", "LastSeenAt" });

            migrationBuilder.CreateIndex(
                name: "IX_CampaignSignatures_CampaignId",
                table: "CampaignSignatures",
                column: "CampaignId");

            migrationBuilder.CreateIndex(
                name: "IX_CampaignSignatures_MessageId",
                table: "CampaignSignatures",
                column: "MessageId");

            migrationBuilder.CreateIndex(
                name: "IX_TemplateRevisions_Name_Revision",
                table: "TemplateRevisions",
                columns: new[] { "Name", "Revision" },
                unique: true);

            migrationBuilder.AddForeignKey(
                name: "FK_Messages_Campaigns_CampaignId",
                table: "Messages",
                column: "CampaignId",
                principalTable: "Campaigns",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Messages_Campaigns_CampaignId",
                table: "Messages");

            migrationBuilder.DropTable(
                name: "CampaignBuckets");

            migrationBuilder.DropTable(
                name: "CampaignMembers");

            migrationBuilder.DropTable(
                name: "SendPaces");

            migrationBuilder.DropTable(
                name: "TemplateRevisions");

            migrationBuilder.DropTable(
                name: "CampaignSignatures");

            migrationBuilder.DropTable(
                name: "Campaigns");

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
                name: "IX_Messages_CampaignId",
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
                name: "CampaignId",
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
