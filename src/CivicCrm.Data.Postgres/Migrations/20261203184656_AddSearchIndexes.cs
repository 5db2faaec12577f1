using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CivicCrm.Data.Postgres.Migrations
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
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DefinitionJson = table.Column<string>(type: "text", nullable: false),
                    Stamp = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SearchIndexDefinitions", x => x.Name);
                });

            migrationBuilder.CreateTable(
                name: "SearchNodeStatus",
                columns: table => new
                {
                    Node = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    IndexName = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Documents = table.Column<int>(type: "integer", nullable: false),
                    Cursor = table.Column<long>(type: "bigint", nullable: false),
                    RebuildDone = table.Column<int>(type: "integer", nullable: false),
                    RebuildTotal = table.Column<int>(type: "integer", nullable: false),
                    LastError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
