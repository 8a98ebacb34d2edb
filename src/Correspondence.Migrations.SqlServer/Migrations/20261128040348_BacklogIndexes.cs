using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class BacklogIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_Outbox_SentAt_ApprovedBy_MessageId",
                table: "Outbox",
                columns: new[] { "SentAt", "ApprovedBy", "MessageId" });

            migrationBuilder.CreateIndex(
                name: "IX_Messages_ReceivedAt",
                table: "Messages",
                column: "ReceivedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Outbox_SentAt_ApprovedBy_MessageId",
                table: "Outbox");

            migrationBuilder.DropIndex(
                name: "IX_Messages_ReceivedAt",
                table: "Messages");
        }
    }
}
