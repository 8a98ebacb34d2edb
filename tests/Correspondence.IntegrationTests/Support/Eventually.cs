namespace Correspondence.IntegrationTests.Support;

public static class Eventually
{
    /// <summary>Polls until the condition holds; fails with the description after the timeout (a wait, not a timing assertion).</summary>
    public static async Task<T> GetAsync<T>(Func<Task<T?>> probe, string what, int seconds = 30)
    {
        var until = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await probe();
            if (value is not null && value is not false) return value;
            if (DateTime.UtcNow > until) throw new TimeoutException($"Timed out after {seconds}s waiting for {what}.");
            await Task.Delay(100);
        }
    }
}
