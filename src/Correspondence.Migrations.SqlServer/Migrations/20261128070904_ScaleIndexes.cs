using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Correspondence.Migrations.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class ScaleIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopicAssignments_MessageId",
                table: "TopicAssignments");

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_MessageId_TopicId",
                table: "TopicAssignments",
                columns: new[] { "MessageId", "TopicId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditRecords_Actor_Id",
                table: "AuditRecords",
                columns: new[] { "Actor", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TopicAssignments_MessageId_TopicId",
                table: "TopicAssignments");

            migrationBuilder.DropIndex(
                name: "IX_AuditRecords_Actor_Id",
                table: "AuditRecords");

            migrationBuilder.CreateIndex(
                name: "IX_TopicAssignments_MessageId",
                table: "TopicAssignments",
                column: "MessageId");
        }
    }
}
