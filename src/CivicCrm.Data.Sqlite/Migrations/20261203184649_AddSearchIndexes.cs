using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class AddSearchIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "SearchIndexDefinitions",
                columns: table => new
                {
                    Name = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    DefinitionJson = table.Column<string>(type: "TEXT", nullable: false),
                    Stamp = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexDefinitions", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SearchNodeStatus",
                columns: table => new
                {
                    Node = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IndexName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Documents = table.Column<int>(type: "INTEGER", nullable: false),
                    Cursor = table.Column<long>(type: "INTEGER", nullable: false),
                    RebuildDone = table.Column<int>(type: "INTEGER", nullable: false),
                    RebuildTotal = table.Column<int>(type: "INTEGER", nullable: false),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchNodeStatus", x => new { x.Node, x.IndexName });
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "SearchIndexDefinitions");

            migrationBuilder.DropTable(
                name: "SearchNodeStatus");
        }
    }
}
