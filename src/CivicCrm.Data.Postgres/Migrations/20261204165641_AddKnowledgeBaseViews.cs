using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddKnowledgeBaseViews : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnowledgeBaseViews",
                columns: table => new
                {
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Views = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBaseViews", x => new { x.ContentItemId, x.Day });
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseViews_Day",
                table: "KnowledgeBaseViews",
                column: "Day");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnowledgeBaseViews");
        }
    }
}
