using CivicCrm.ServiceRequests.Inbound;
using MimeKit;

namespace CivicCrm.Tests.Unit.ServiceRequests.Inbound;

public class InboundEmailParserTests
{
    private static MimeMessage Message(string from = "dana@example.org")
    {
        var message = new MimeMessage();
        message.From.Add(new MailboxAddress("Dana", from));
        message.To.Add(MailboxAddress.Parse("311@riverton.example.gov"));
        message.Subject = "Pothole <b>now</b>";
        return message;
    }

    [Fact]
    public void Read_HtmlOnlyBody_BecomesPlainTextWithoutScriptsOrStyles()
    {
        var message = Message();
        message.Body = new TextPart("html") { Text = "<style>.x{color:red}</style><p>Deep&nbsp;hole &lt;here&gt;</p><div>Line two</div><script>steal()</script>" };

        var email = InboundEmailParser.Read(message);

        Assert.Equal("Deep hole\nLine two", email.Body);
        Assert.Equal("Pothole now", email.Subject);
        Assert.False(email.IsAutomatic);
    }

    [Fact]
    public void Read_ReplyToAndImages_AreTheSenderAndMedia()
    {
        var message = Message();
        message.ReplyTo.Add(new MailboxAddress("Dana at home", "dana.home@example.org"));
        var builder = new BodyBuilder { TextBody = "See photo.\r\n\r\n\r\n\r\nDana <dana@example.org>" };
        builder.Attachments.Add("hole.png", new byte[3000], new ContentType("image", "png"));
        builder.Attachments.Add("notes.pdf", new byte[10], new ContentType("application", "pdf"));
        message.Body = builder.ToMessageBody();

        var email = InboundEmailParser.Read(message);

        Assert.Equal("dana.home@example.org", email.SenderAddress);
        Assert.Equal("See photo.\n\nDana", email.Body);
        var image = Assert.Single(email.Images);
        Assert.Equal(("hole.png", 3000L), (image.FileName, image.Bytes));
    }

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied", "dana@example.org")]
    [InlineData("Precedence", "bulk", "dana@example.org")]
    [InlineData("X-Nothing", "x", "MAILER-DAEMON@mail.example.org")]
    [InlineData("X-Nothing", "x", "no-reply@shop.example.com")]
    public void Read_AutomaticMail_IsMarkedSoItIsNeverAnswered(string header, string value, string from)
    {
        var message = Message(from);
        message.Headers.Add(header, value);
        message.Body = new TextPart("plain") { Text = "I am out of the office." };

        Assert.True(InboundEmailParser.Read(message).IsAutomatic);
    }
}
