using System.Text.Json.Nodes;
using CivicCrm.Content;
using CivicCrm.Content.Metadata;

namespace CivicCrm.Tests.Unit.Content;

public class FieldValueValidatorTests
{
    private static (JsonNode? Value, List<string> Errors) Validate(string fieldType, JsonNode? value, Action<FieldSettings>? settings = null)
    {
        var field = new ContentFieldDefinition { Name = "F", DisplayName = "The field", FieldType = fieldType };
        settings?.Invoke(field.Settings);
        var errors = new List<string>();
        var result = FieldValueValidator.Validate(field, value, errors.Add);
        return (result, errors);
    }

    [Theory]
    [InlineData(FieldTypes.Text)]
    [InlineData(FieldTypes.Number)]
    [InlineData(FieldTypes.Choice)]
    [InlineData(FieldTypes.Address)]
    public void Validate_RequiredAndMissing_SaysRequiredWithDisplayName(string fieldType)
    {
        var (_, errors) = Validate(fieldType, null, s => s.Required = true);

        Assert.Equal(["The field is required."], errors);
    }

    [Fact]
    public void Validate_TextTooLong_NamesTheLimit()
    {
        var (_, errors) = Validate(FieldTypes.Text, "abcdef", s => s.MaxLength = 5);

        Assert.Equal(["The field must be at most 5 characters long (it has 6)."], errors);
    }

    [Fact]
    public void Validate_Text_IsTrimmed()
    {
        Assert.Equal("pothole", Validate(FieldTypes.Text, "  pothole ").Value!.GetValue<string>());
    }

    [Fact]
    public void Validate_Html_IsSanitized()
    {
        var (value, errors) = Validate(FieldTypes.Html, "<p onclick=\"x()\">Hi<script>alert(1)</script></p>");

        Assert.Empty(errors);
        Assert.Equal("<p>Hi</p>", value!.GetValue<string>());
    }

    [Theory]
    [InlineData("not-an-email", false)]
    [InlineData("clerk@city", false)]
    [InlineData("clerk@riverton.example.gov", true)]
    public void Validate_Email(string address, bool valid)
    {
        Assert.Equal(valid, Validate(FieldTypes.Email, address).Errors.Count == 0);
    }

    [Theory]
    [InlineData("+1 (555) 010-0199", true)]
    [InlineData("555-0101 ext. 12", true)]
    [InlineData("call me", false)]
    public void Validate_Phone(string phone, bool valid)
    {
        Assert.Equal(valid, Validate(FieldTypes.Phone, phone).Errors.Count == 0);
    }

    [Fact]
    public void Validate_NumberOutOfRange_AndNumericStrings()
    {
        Assert.Equal(["The field must be at most 5."], Validate(FieldTypes.Number, 6, s => s.Max = "5").Errors);
        Assert.Equal(2.5m, Validate(FieldTypes.Number, "2.5").Value!.GetValue<decimal>());
        Assert.Equal(["The field must be a number."], Validate(FieldTypes.Number, "lots").Errors);
    }

    [Fact]
    public void Validate_Boolean_RequiredMeansChecked()
    {
        Assert.Equal(["The field must be checked."], Validate(FieldTypes.Boolean, false, s => s.Required = true).Errors);
        Assert.Equal(["The field must be true or false."], Validate(FieldTypes.Boolean, "yes").Errors);
    }

    [Fact]
    public void Validate_Dates_CheckFormatAndBounds()
    {
        Assert.Empty(Validate(FieldTypes.Date, "2026-12-03").Errors);
        Assert.Equal(["The field must be a date written as YYYY-MM-DD."], Validate(FieldTypes.Date, "12/03/2026").Errors);
        Assert.Equal(["The field must be on or after 2026-01-01."], Validate(FieldTypes.Date, "2025-12-31", s => s.Min = "2026-01-01").Errors);
        Assert.Equal("2026-12-03T15:00:00Z", Validate(FieldTypes.DateTime, "2026-12-03T09:00:00-06:00").Value!.GetValue<string>());
    }

    [Fact]
    public void Validate_Choice_RefusesUnknownOptionsAndNormalizesMultiple()
    {
        void Options(FieldSettings s) => s.Options = [new("rats", "Rats"), new("mice", "Mice")];

        Assert.Equal(["'bats' is not one of the options for The field: rats, mice."], Validate(FieldTypes.Choice, "bats", Options).Errors);
        Assert.Equal(["The field must be a single value."], Validate(FieldTypes.Choice, new JsonArray("rats", "mice"), Options).Errors);
        var (value, errors) = Validate(FieldTypes.Choice, "rats", s => { Options(s); s.Multiple = true; });
        Assert.Empty(errors);
        Assert.Equal("[\"rats\"]", value!.ToJsonString());
    }

    [Fact]
    public void Validate_Address_ChecksCoordinates()
    {
        var (_, errors) = Validate(FieldTypes.Address, new JsonObject { ["street"] = "1 Main St", ["latitude"] = 95, ["longitude"] = 10 });

        Assert.Equal(["The latitude of The field must be between -90 and 90."], errors);
        Assert.Equal(["The field needs both latitude and longitude, or neither."],
            Validate(FieldTypes.Address, new JsonObject { ["latitude"] = 41.8 }).Errors);
    }

    [Fact]
    public void Validate_ContentPicker_SingleRefusesTwo()
    {
        Assert.Equal(["The field takes one item, not 2."], Validate(FieldTypes.ContentPicker, new JsonArray("a", "b")).Errors);
    }
}
