using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CivicCrm.Data.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AddKnowledgeBase : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "KnowledgeBaseCategories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    ParentId = table.Column<int>(type: "integer", nullable: true),
                    Position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBaseCategories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeBaseCategoryIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CategorySlug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBaseCategoryIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeBaseIndex",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Slug = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Audience = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ReviewBy = table.Column<DateOnly>(type: "date", nullable: true),
                    RequestTypes = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Latest = table.Column<bool>(type: "boolean", nullable: false),
                    Published = table.Column<bool>(type: "boolean", nullable: false),
                    ModifiedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    ContentItemVersionId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBaseIndex", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "KnowledgeBaseVotes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ContentItemId = table.Column<string>(type: "character varying(26)", maxLength: 26, nullable: false),
                    VoterKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Helpful = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_KnowledgeBaseVotes", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseCategories_ParentId",
                table: "KnowledgeBaseCategories",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseCategories_Slug",
                table: "KnowledgeBaseCategories",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseCategoryIndex_CategorySlug_Published",
                table: "KnowledgeBaseCategoryIndex",
                columns: new[] { "CategorySlug", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseCategoryIndex_ContentItemId",
                table: "KnowledgeBaseCategoryIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseCategoryIndex_ContentItemVersionId",
                table: "KnowledgeBaseCategoryIndex",
                column: "ContentItemVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseIndex_ContentItemId",
                table: "KnowledgeBaseIndex",
                column: "ContentItemId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseIndex_ContentItemVersionId",
                table: "KnowledgeBaseIndex",
                column: "ContentItemVersionId");

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseIndex_ExternalId_Latest",
                table: "KnowledgeBaseIndex",
                columns: new[] { "ExternalId", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseIndex_Slug_Published",
                table: "KnowledgeBaseIndex",
                columns: new[] { "Slug", "Published" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseIndex_Status_Latest",
                table: "KnowledgeBaseIndex",
                columns: new[] { "Status", "Latest" });

            migrationBuilder.CreateIndex(
                name: "IX_KnowledgeBaseVotes_ContentItemId_VoterKey",
                table: "KnowledgeBaseVotes",
                columns: new[] { "ContentItemId", "VoterKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "KnowledgeBaseCategories");

            migrationBuilder.DropTable(
                name: "KnowledgeBaseCategoryIndex");

            migrationBuilder.DropTable(
                name: "KnowledgeBaseIndex");

            migrationBuilder.DropTable(
                name: "KnowledgeBaseVotes");
        }
    }
}
