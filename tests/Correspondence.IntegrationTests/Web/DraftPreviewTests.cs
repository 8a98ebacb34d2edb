using Correspondence.Core.Drafting;
using Correspondence.IntegrationTests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Correspondence.IntegrationTests.Web;

/// <summary>The review page's "preview as sent": the saved draft in the HTML layout, in a frame that runs nothing.</summary>
[Collection(WebAppCollection.Name)]
public sealed class DraftPreviewTests
{
    [Fact]
    public async Task Preview_IsTheSavedDraftInTheHtmlLayout_EscapedAndSandboxed()
    {
        await using var app = new CorrespondenceApp(new() { ["Web:RunInboxWorker"] = "false", ["Jobs:RunServer"] = "false" });
        var client = await app.SignedInClientAsync();
        var messageId = await Pipeline.DraftedMessageAsync(app, "preview");
        await using (var scope = app.Services.CreateAsyncScope())
            Assert.True((await scope.ServiceProvider.GetRequiredService<DraftEditor>().SaveAsync(messageId, 1,
                "Dear Mary,\n\nThank you. <script>alert(1)</script> {{ office.mp_name }}\n", "caseworker@test.local", null, CancellationToken.None)).Saved);

        var response = await client.GetAsync($"/Review/Preview/{messageId}");
        var html = await response.Content.ReadAsStringAsync();
        var review = await client.GetStringAsync($"/Review/{messageId}");

        Assert.Contains("<p>Dear Mary,</p>", html);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; {{ office.mp_name }}", html);
        Assert.DoesNotContain("<script>", html);
        var csp = string.Join(" ", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", csp);
        Assert.Contains("sandbox", csp);
        Assert.Contains($"src=\"/Review/Preview/{messageId}\" sandbox=\"\"", review);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/Review/Preview/999999")).StatusCode);
    }
}
